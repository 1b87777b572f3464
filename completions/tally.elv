
use builtin;
use str;

set edit:completion:arg-completer[tally] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'tally'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'tally'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database, the company account and the first administrator'
            cand user 'Add, list, edit, activate, deactivate, delete and import users'
            cand role 'Define roles and grant or revoke them'
            cand audit 'Show the audit log, newest first'
            cand verify 'Check the file''s integrity and the rules that must always hold'
            cand backup 'Write a consistent copy of the database, even while others write'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;init'= {
            cand --company 'The organization''s name'
            cand --admin 'Handle of the first administrator'
            cand --first 'First name of the first administrator'
            cand --last 'Last name of the first administrator'
            cand --email 'Email of the first administrator'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user with a random password, shown once'
            cand list 'List users, the active count above the table'
            cand show 'Show one user'
            cand edit 'Change a user''s names or email'
            cand activate 'Make a user active again (billed from today)'
            cand deactivate 'Deactivate a user (no longer billed); their balances must be zero'
            cand delete 'Delete a user for good (asks for confirmation; --yes in scripts)'
            cand reset-password 'Give a user a new random password, shown once'
            cand import 'Add users from a CSV file: all rows or none'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;user;add'= {
            cand --first 'First name (asked for on a terminal when missing)'
            cand --last 'Last name (asked for on a terminal when missing)'
            cand --email 'Email address (asked for on a terminal when missing)'
            cand --role 'Give the user this role (repeatable)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --inactive 'Add the user deactivated (not billed until activated)'
            cand --admin 'Make the user an administrator'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;list'= {
            cand --status 'Which users to list [default: active and deactivated]'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;show'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;edit'= {
            cand --first 'first'
            cand --last 'last'
            cand --email 'email'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;activate'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;deactivate'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;delete'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;reset-password'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;import'= {
            cand --passwords-out 'Write the new passwords as CSV to this file (mode 0600) instead of stdout'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;user;help'= {
            cand add 'Add a user with a random password, shown once'
            cand list 'List users, the active count above the table'
            cand show 'Show one user'
            cand edit 'Change a user''s names or email'
            cand activate 'Make a user active again (billed from today)'
            cand deactivate 'Deactivate a user (no longer billed); their balances must be zero'
            cand delete 'Delete a user for good (asks for confirmation; --yes in scripts)'
            cand reset-password 'Give a user a new random password, shown once'
            cand import 'Add users from a CSV file: all rows or none'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;user;help;add'= {
        }
        &'tally;user;help;list'= {
        }
        &'tally;user;help;show'= {
        }
        &'tally;user;help;edit'= {
        }
        &'tally;user;help;activate'= {
        }
        &'tally;user;help;deactivate'= {
        }
        &'tally;user;help;delete'= {
        }
        &'tally;user;help;reset-password'= {
        }
        &'tally;user;help;import'= {
        }
        &'tally;user;help;help'= {
        }
        &'tally;role'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List roles with their rights and members'
            cand add 'Define a role from rights'
            cand remove 'Remove a role that nobody holds'
            cand grant 'Give a user a role'
            cand revoke 'Take a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;role;list'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;role;add'= {
            cand --rights 'Comma-separated rights'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;role;remove'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;role;grant'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;role;revoke'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;role;help'= {
            cand list 'List roles with their rights and members'
            cand add 'Define a role from rights'
            cand remove 'Remove a role that nobody holds'
            cand grant 'Give a user a role'
            cand revoke 'Take a role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;role;help;list'= {
        }
        &'tally;role;help;add'= {
        }
        &'tally;role;help;remove'= {
        }
        &'tally;role;help;grant'= {
        }
        &'tally;role;help;revoke'= {
        }
        &'tally;role;help;help'= {
        }
        &'tally;audit'= {
            cand --limit 'Show at most N entries'
            cand --actor 'Only what this user did'
            cand --since 'Only entries at or after TIME (RFC 3339 or YYYY-MM-DD)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;verify'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;backup'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;completions'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'tally;help'= {
            cand init 'Create the database, the company account and the first administrator'
            cand user 'Add, list, edit, activate, deactivate, delete and import users'
            cand role 'Define roles and grant or revoke them'
            cand audit 'Show the audit log, newest first'
            cand verify 'Check the file''s integrity and the rules that must always hold'
            cand backup 'Write a consistent copy of the database, even while others write'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;help;init'= {
        }
        &'tally;help;user'= {
            cand add 'Add a user with a random password, shown once'
            cand list 'List users, the active count above the table'
            cand show 'Show one user'
            cand edit 'Change a user''s names or email'
            cand activate 'Make a user active again (billed from today)'
            cand deactivate 'Deactivate a user (no longer billed); their balances must be zero'
            cand delete 'Delete a user for good (asks for confirmation; --yes in scripts)'
            cand reset-password 'Give a user a new random password, shown once'
            cand import 'Add users from a CSV file: all rows or none'
        }
        &'tally;help;user;add'= {
        }
        &'tally;help;user;list'= {
        }
        &'tally;help;user;show'= {
        }
        &'tally;help;user;edit'= {
        }
        &'tally;help;user;activate'= {
        }
        &'tally;help;user;deactivate'= {
        }
        &'tally;help;user;delete'= {
        }
        &'tally;help;user;reset-password'= {
        }
        &'tally;help;user;import'= {
        }
        &'tally;help;role'= {
            cand list 'List roles with their rights and members'
            cand add 'Define a role from rights'
            cand remove 'Remove a role that nobody holds'
            cand grant 'Give a user a role'
            cand revoke 'Take a role from a user'
        }
        &'tally;help;role;list'= {
        }
        &'tally;help;role;add'= {
        }
        &'tally;help;role;remove'= {
        }
        &'tally;help;role;grant'= {
        }
        &'tally;help;role;revoke'= {
        }
        &'tally;help;audit'= {
        }
        &'tally;help;verify'= {
        }
        &'tally;help;backup'= {
        }
        &'tally;help;completions'= {
        }
        &'tally;help;help'= {
        }
    ]
    $completions[$command]
}
