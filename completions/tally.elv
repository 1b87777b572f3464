
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --json 'Print one JSON value on stdout; errors as JSON on stderr'
            cand --dry-run 'Run a write, print what it would do, change nothing'
            cand -y 'Answer yes to confirmations (needed without a terminal)'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand -q 'Print nothing on success'
            cand --quiet 'Print nothing on success'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database, the company account and the first administrator'
            cand user 'Add, list, edit, activate, deactivate, delete and import users'
            cand role 'Define roles and grant or revoke them'
            cand credits 'Move, import, show and request credits'
            cand owner 'Credit sharing: who consumes and buys on whose credits'
            cand overview 'Whose credits a user uses, that owner''s balances and plans'
            cand plan 'Plans of credits that users can buy'
            cand billing-info 'Personal billing information, used when buying'
            cand order 'Buy plans and see the group''s order history'
            cand billing 'Seat billing: the price per active user, monthly invoices and projections'
            cand settings 'Show and change the organization''s settings'
            cand mail 'The outbox of mail that actions cause'
            cand audit 'Show the audit log, newest first'
            cand report 'Reports of the whole organization: usage, the ledger, seats'
            cand verify 'Check the file''s integrity and the rules that must always hold'
            cand backup 'Write a consistent copy of the database, even while others write'
            cand restore 'Put a backup in place of the database, checked, keeping the file it replaces'
            cand db 'Move the organization to another database (a file to PostgreSQL)'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages, one per command, where man finds them'
            cand config 'Show the configuration in force and where each value came from'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand offboard 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;user;add'= {
            cand --first 'First name (asked for on a terminal when missing)'
            cand --last 'Last name (asked for on a terminal when missing)'
            cand --email 'Email address (asked for on a terminal when missing)'
            cand --role 'Give the user this role (repeatable)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --inactive 'Add the user deactivated (not billed until activated)'
            cand --admin 'Make the user an administrator'
            cand --service 'A service account, not a person (a cron job''s actor): no password, no email needed, no seat billed; it holds and receives no credits'
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
            cand --limit 'At most N users, by handle'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;user;offboard'= {
            cand --credits-to 'Who receives every balance: company or a user''s handle'
            cand --credit-users-to 'Who their credit users share with from now on [default: their own credits]'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --delete 'Delete the user instead of deactivating them'
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
            cand offboard 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)'
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
        &'tally;user;help;offboard'= {
        }
        &'tally;user;help;help'= {
        }
        &'tally;role'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand kind 'Add or list credit kinds'
            cand alert 'Mail when a balance falls below a threshold: set, list, remove'
            cand topup 'Put purchased credits into the company account'
            cand assign 'Move credits: company→user, user→company or user→user'
            cand reverse 'Undo a transfer with a new one that moves its credits back'
            cand expire 'Take credits that have expired out of the accounts that hold them'
            cand import 'Apply a CSV file of transfers: all rows or none'
            cand balance 'Show balances: one account, or the company and every user'
            cand history 'Show transfers, newest first'
            cand request 'Ask the vendor for more credits (mailed to the support-email setting)'
            cand use 'Consume credits: HANDLE uses their credit owner''s balance'
            cand usage 'Consumption of HANDLE''s owner and of every credit user of that owner'
            cand requests 'List purchase requests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;kind'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand add 'Add a kind of credits (e.g. email, sms)'
            cand list 'List the kinds with the company''s balance of each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;kind;add'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;kind;list'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;kind;help'= {
            cand add 'Add a kind of credits (e.g. email, sms)'
            cand list 'List the kinds with the company''s balance of each'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;kind;help;add'= {
        }
        &'tally;credits;kind;help;list'= {
        }
        &'tally;credits;kind;help;help'= {
        }
        &'tally;credits;alert'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand set 'Mail when ACCOUNT''s balance falls below N (replaces its alert)'
            cand list 'List the alerts with their balances and states'
            cand remove 'Remove ACCOUNT''s alert on a kind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;alert;set'= {
            cand --below 'Mail when the balance falls below N (1 or more)'
            cand --kind 'The kind of credits'
            cand --email 'Where the company account''s alert goes [default: the support-email setting]'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;alert;list'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;alert;remove'= {
            cand --kind 'The kind of credits'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;alert;help'= {
            cand set 'Mail when ACCOUNT''s balance falls below N (replaces its alert)'
            cand list 'List the alerts with their balances and states'
            cand remove 'Remove ACCOUNT''s alert on a kind'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;alert;help;set'= {
        }
        &'tally;credits;alert;help;list'= {
        }
        &'tally;credits;alert;help;remove'= {
        }
        &'tally;credits;alert;help;help'= {
        }
        &'tally;credits;topup'= {
            cand --to-balance 'Add what the company account lacks of N, nothing if it holds N or more'
            cand --kind 'The kind of credits'
            cand --reference 'The vendor''s reference (invoice, order number)'
            cand --request 'Mark this purchase request fulfilled'
            cand --expires 'The credits added expire at TIME (YYYY-MM-DD: its start, UTC; or RFC 3339)'
            cand --idempotency-key 'Makes a retry safe: the same key returns the first result'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;assign'= {
            cand --from 'Sender: company or a user''s handle'
            cand --to 'Receiver: company or a user''s handle'
            cand --kind 'The kind of credits'
            cand --memo 'A note kept with the transfer'
            cand --idempotency-key 'Makes a retry safe: the same key returns the first result'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --all 'Move the sender''s whole balance of the kind, read and moved at once'
            cand --all-kinds 'Move the sender''s whole balance of every kind: a transfer per kind'
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
        &'tally;credits;reverse'= {
            cand --memo 'A note kept with the reversal'
            cand --idempotency-key 'Makes a retry safe: the same key returns the first result'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;expire'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;import'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;balance'= {
            cand --kind 'Only this kind'
            cand --at 'The balance as it was at TIME (RFC 3339 or YYYY-MM-DD), replayed from the ledger'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;history'= {
            cand --kind 'Only this kind'
            cand --limit 'At most N transfers'
            cand --since 'From TIME on (RFC 3339 or YYYY-MM-DD)'
            cand --until 'Before TIME (RFC 3339 or YYYY-MM-DD)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;request'= {
            cand --kind 'The kind of credits'
            cand --message 'A message for the vendor'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand cancel 'Cancel an open purchase request (the vendor is mailed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;request;cancel'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;request;help'= {
            cand cancel 'Cancel an open purchase request (the vendor is mailed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;request;help;cancel'= {
        }
        &'tally;credits;request;help;help'= {
        }
        &'tally;credits;use'= {
            cand --kind 'kind'
            cand --memo 'memo'
            cand --idempotency-key 'Makes a retry safe: the same key returns the first result'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;usage'= {
            cand --since 'From TIME on (RFC 3339 or YYYY-MM-DD)'
            cand --until 'Before TIME (RFC 3339 or YYYY-MM-DD)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;requests'= {
            cand --status 'status'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;credits;help'= {
            cand kind 'Add or list credit kinds'
            cand alert 'Mail when a balance falls below a threshold: set, list, remove'
            cand topup 'Put purchased credits into the company account'
            cand assign 'Move credits: company→user, user→company or user→user'
            cand reverse 'Undo a transfer with a new one that moves its credits back'
            cand expire 'Take credits that have expired out of the accounts that hold them'
            cand import 'Apply a CSV file of transfers: all rows or none'
            cand balance 'Show balances: one account, or the company and every user'
            cand history 'Show transfers, newest first'
            cand request 'Ask the vendor for more credits (mailed to the support-email setting)'
            cand use 'Consume credits: HANDLE uses their credit owner''s balance'
            cand usage 'Consumption of HANDLE''s owner and of every credit user of that owner'
            cand requests 'List purchase requests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;credits;help;kind'= {
            cand add 'Add a kind of credits (e.g. email, sms)'
            cand list 'List the kinds with the company''s balance of each'
        }
        &'tally;credits;help;kind;add'= {
        }
        &'tally;credits;help;kind;list'= {
        }
        &'tally;credits;help;alert'= {
            cand set 'Mail when ACCOUNT''s balance falls below N (replaces its alert)'
            cand list 'List the alerts with their balances and states'
            cand remove 'Remove ACCOUNT''s alert on a kind'
        }
        &'tally;credits;help;alert;set'= {
        }
        &'tally;credits;help;alert;list'= {
        }
        &'tally;credits;help;alert;remove'= {
        }
        &'tally;credits;help;topup'= {
        }
        &'tally;credits;help;assign'= {
        }
        &'tally;credits;help;reverse'= {
        }
        &'tally;credits;help;expire'= {
        }
        &'tally;credits;help;import'= {
        }
        &'tally;credits;help;balance'= {
        }
        &'tally;credits;help;history'= {
        }
        &'tally;credits;help;request'= {
            cand cancel 'Cancel an open purchase request (the vendor is mailed)'
        }
        &'tally;credits;help;request;cancel'= {
        }
        &'tally;credits;help;use'= {
        }
        &'tally;credits;help;usage'= {
        }
        &'tally;credits;help;requests'= {
        }
        &'tally;credits;help;help'= {
        }
        &'tally;owner'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand set 'Make USER consume and buy on OWNER''s credits'
            cand clear 'Make USER use their own credits again'
            cand show 'Show whose credits USER uses'
            cand list 'List every owner who shares credits, with their credit users'
            cand limit 'Limit what USER may consume and buy on their owner''s credits a month'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;owner;set'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --move-balance 'Move USER''s balance to OWNER in the same transaction'
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
        &'tally;owner;clear'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;owner;show'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;owner;list'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;owner;limit'= {
            cand --per 'The period the limit counts over'
            cand --kind 'The kind of credits the limit is on'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --remove 'Lift the limit'
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
        &'tally;owner;help'= {
            cand set 'Make USER consume and buy on OWNER''s credits'
            cand clear 'Make USER use their own credits again'
            cand show 'Show whose credits USER uses'
            cand list 'List every owner who shares credits, with their credit users'
            cand limit 'Limit what USER may consume and buy on their owner''s credits a month'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;owner;help;set'= {
        }
        &'tally;owner;help;clear'= {
        }
        &'tally;owner;help;show'= {
        }
        &'tally;owner;help;list'= {
        }
        &'tally;owner;help;limit'= {
        }
        &'tally;owner;help;help'= {
        }
        &'tally;overview'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;plan'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand add 'Offer a plan: N credits of a kind for a price'
            cand remove 'Stop offering a plan (past orders keep it)'
            cand list 'List the plans on offer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;plan;add'= {
            cand --credits 'Credits per unit bought'
            cand --price 'Price per unit, with at most as many decimal places as the currency has'
            cand --kind 'kind'
            cand --currency 'ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...'
            cand --valid-days 'The credits bought expire N days after the order (default: never)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;plan;remove'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;plan;list'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;plan;help'= {
            cand add 'Offer a plan: N credits of a kind for a price'
            cand remove 'Stop offering a plan (past orders keep it)'
            cand list 'List the plans on offer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;plan;help;add'= {
        }
        &'tally;plan;help;remove'= {
        }
        &'tally;plan;help;list'= {
        }
        &'tally;plan;help;help'= {
        }
        &'tally;billing-info'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand set 'Set a user''s own billing information'
            cand show 'Show a user''s billing information (only theirs, or with manage-billing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;billing-info;set'= {
            cand --name 'name'
            cand --address 'address'
            cand --tax-id 'tax-id'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;billing-info;show'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;billing-info;help'= {
            cand set 'Set a user''s own billing information'
            cand show 'Show a user''s billing information (only theirs, or with manage-billing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;billing-info;help;set'= {
        }
        &'tally;billing-info;help;show'= {
        }
        &'tally;billing-info;help;help'= {
        }
        &'tally;order'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand place 'Buy a plan with HANDLE''s billing information; credits go to HANDLE''s owner'
            cand history 'Orders of HANDLE''s owner and of every credit user of that owner'
            cand cancel 'Give an order''s credits back to the vendor and mark it cancelled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;order;place'= {
            cand --plan 'plan'
            cand --quantity 'quantity'
            cand --idempotency-key 'Makes a retry safe: the same key returns the first order'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;order;history'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;order;cancel'= {
            cand --memo 'A note kept with the reversal'
            cand --idempotency-key 'Makes a retry safe: the same key returns the first result'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;order;help'= {
            cand place 'Buy a plan with HANDLE''s billing information; credits go to HANDLE''s owner'
            cand history 'Orders of HANDLE''s owner and of every credit user of that owner'
            cand cancel 'Give an order''s credits back to the vendor and mark it cancelled'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;order;help;place'= {
        }
        &'tally;order;help;history'= {
        }
        &'tally;order;help;cancel'= {
        }
        &'tally;order;help;help'= {
        }
        &'tally;billing'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand set-price 'Set the price of one active user for one month'
            cand status 'Active users, the seat price and this month''s projected total'
            cand invoice 'A month''s seat invoice: a projection, or the stored invoice once issued'
            cand invoices 'The issued invoices, newest month first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;billing;set-price'= {
            cand --currency 'ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;billing;status'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;billing;invoice'= {
            cand --period 'The month, as YYYY-MM (UTC) [default: the current month]'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --issue 'Store the invoice of a month that has ended, for good'
            cand --csv 'Print CSV (handle,days,amount) and nothing else, for accounting tools'
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
        &'tally;billing;invoices'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;billing;help'= {
            cand set-price 'Set the price of one active user for one month'
            cand status 'Active users, the seat price and this month''s projected total'
            cand invoice 'A month''s seat invoice: a projection, or the stored invoice once issued'
            cand invoices 'The issued invoices, newest month first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;billing;help;set-price'= {
        }
        &'tally;billing;help;status'= {
        }
        &'tally;billing;help;invoice'= {
        }
        &'tally;billing;help;invoices'= {
        }
        &'tally;billing;help;help'= {
        }
        &'tally;settings'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand list 'List the settings with their values'
            cand set 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file'
            cand unset 'Remove a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;settings;list'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;settings;set'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;settings;unset'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;settings;help'= {
            cand list 'List the settings with their values'
            cand set 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file'
            cand unset 'Remove a setting'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;settings;help;list'= {
        }
        &'tally;settings;help;set'= {
        }
        &'tally;settings;help;unset'= {
        }
        &'tally;settings;help;help'= {
        }
        &'tally;mail'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand list 'List the outbox, newest first'
            cand send 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)'
            cand retry 'Put failed messages back in the queue for the next `mail send`'
            cand cancel 'Cancel a pending or failed message: it is never sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;mail;list'= {
            cand --status 'status'
            cand --limit 'At most N messages, the newest'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;mail;send'= {
            cand --limit 'Send at most N messages, oldest first'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;mail;retry'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --all-failed 'Every failed message'
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
        &'tally;mail;cancel'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;mail;help'= {
            cand list 'List the outbox, newest first'
            cand send 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)'
            cand retry 'Put failed messages back in the queue for the next `mail send`'
            cand cancel 'Cancel a pending or failed message: it is never sent'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;mail;help;list'= {
        }
        &'tally;mail;help;send'= {
        }
        &'tally;mail;help;retry'= {
        }
        &'tally;mail;help;cancel'= {
        }
        &'tally;mail;help;help'= {
        }
        &'tally;audit'= {
            cand --limit 'Show at most N entries'
            cand --actor 'Only what this user did'
            cand --since 'Only entries at or after TIME (RFC 3339 or YYYY-MM-DD)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;report'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand usage 'Credits consumed in a month, grouped by user, owner, kind or day'
            cand ledger 'Every transfer of a period, each with both sides'' balances after it'
            cand seats 'Each user''s seat line of a month with the intervals they were active'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;report;usage'= {
            cand --period 'The month, as YYYY-MM (UTC)'
            cand --by 'Group by who consumed, whose credits, the kind or the day'
            cand --kind 'Only this kind'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --chart 'Draw a bar chart on a terminal (the rows when not on a terminal)'
            cand --html 'Print an HTML page with a bar chart and the table (with -o FILE, into FILE)'
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
        &'tally;report;ledger'= {
            cand --since 'From TIME on (RFC 3339 or YYYY-MM-DD)'
            cand --until 'Before TIME (RFC 3339 or YYYY-MM-DD)'
            cand --kind 'Only this kind'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;report;seats'= {
            cand --period 'The month, as YYYY-MM (UTC)'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;report;help'= {
            cand usage 'Credits consumed in a month, grouped by user, owner, kind or day'
            cand ledger 'Every transfer of a period, each with both sides'' balances after it'
            cand seats 'Each user''s seat line of a month with the intervals they were active'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;report;help;usage'= {
        }
        &'tally;report;help;ledger'= {
        }
        &'tally;report;help;seats'= {
        }
        &'tally;report;help;help'= {
        }
        &'tally;verify'= {
            cand --since-anchor 'Also prove that the history up to an anchor printed earlier is unchanged'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
            cand --quick 'Check the file''s pages and records but not each index against its table'
            cand --anchor 'Print only the chain''s last entry, POSITION:HASH, when everything verifies'
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
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;restore'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;db'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand copy 'Copy the organization whole into a new, empty database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;db;copy'= {
            cand --to 'The new database: postgres://USER@HOST:PORT/DATABASE (empty), or a new file'
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;db;help'= {
            cand copy 'Copy the organization whole into a new, empty database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;db;help;copy'= {
        }
        &'tally;db;help;help'= {
        }
        &'tally;completions'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;man'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;config'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
            cand show 'Show the database, actor, busy timeout and password files in force, and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;config;show'= {
            cand --db 'Database file [default: tally.db in the user''s data directory]'
            cand --as 'Act as this user [default: the admin created by init]'
            cand --jq 'Filter the JSON output with a jq expression; strings print raw'
            cand --format 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page'
            cand -o 'Write what would go to stdout to FILE, replaced only on success'
            cand --output 'Write what would go to stdout to FILE, replaced only on success'
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
        &'tally;config;help'= {
            cand show 'Show the database, actor, busy timeout and password files in force, and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'tally;config;help;show'= {
        }
        &'tally;config;help;help'= {
        }
        &'tally;help'= {
            cand init 'Create the database, the company account and the first administrator'
            cand user 'Add, list, edit, activate, deactivate, delete and import users'
            cand role 'Define roles and grant or revoke them'
            cand credits 'Move, import, show and request credits'
            cand owner 'Credit sharing: who consumes and buys on whose credits'
            cand overview 'Whose credits a user uses, that owner''s balances and plans'
            cand plan 'Plans of credits that users can buy'
            cand billing-info 'Personal billing information, used when buying'
            cand order 'Buy plans and see the group''s order history'
            cand billing 'Seat billing: the price per active user, monthly invoices and projections'
            cand settings 'Show and change the organization''s settings'
            cand mail 'The outbox of mail that actions cause'
            cand audit 'Show the audit log, newest first'
            cand report 'Reports of the whole organization: usage, the ledger, seats'
            cand verify 'Check the file''s integrity and the rules that must always hold'
            cand backup 'Write a consistent copy of the database, even while others write'
            cand restore 'Put a backup in place of the database, checked, keeping the file it replaces'
            cand db 'Move the organization to another database (a file to PostgreSQL)'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages, one per command, where man finds them'
            cand config 'Show the configuration in force and where each value came from'
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
            cand offboard 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)'
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
        &'tally;help;user;offboard'= {
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
        &'tally;help;credits'= {
            cand kind 'Add or list credit kinds'
            cand alert 'Mail when a balance falls below a threshold: set, list, remove'
            cand topup 'Put purchased credits into the company account'
            cand assign 'Move credits: company→user, user→company or user→user'
            cand reverse 'Undo a transfer with a new one that moves its credits back'
            cand expire 'Take credits that have expired out of the accounts that hold them'
            cand import 'Apply a CSV file of transfers: all rows or none'
            cand balance 'Show balances: one account, or the company and every user'
            cand history 'Show transfers, newest first'
            cand request 'Ask the vendor for more credits (mailed to the support-email setting)'
            cand use 'Consume credits: HANDLE uses their credit owner''s balance'
            cand usage 'Consumption of HANDLE''s owner and of every credit user of that owner'
            cand requests 'List purchase requests'
        }
        &'tally;help;credits;kind'= {
            cand add 'Add a kind of credits (e.g. email, sms)'
            cand list 'List the kinds with the company''s balance of each'
        }
        &'tally;help;credits;kind;add'= {
        }
        &'tally;help;credits;kind;list'= {
        }
        &'tally;help;credits;alert'= {
            cand set 'Mail when ACCOUNT''s balance falls below N (replaces its alert)'
            cand list 'List the alerts with their balances and states'
            cand remove 'Remove ACCOUNT''s alert on a kind'
        }
        &'tally;help;credits;alert;set'= {
        }
        &'tally;help;credits;alert;list'= {
        }
        &'tally;help;credits;alert;remove'= {
        }
        &'tally;help;credits;topup'= {
        }
        &'tally;help;credits;assign'= {
        }
        &'tally;help;credits;reverse'= {
        }
        &'tally;help;credits;expire'= {
        }
        &'tally;help;credits;import'= {
        }
        &'tally;help;credits;balance'= {
        }
        &'tally;help;credits;history'= {
        }
        &'tally;help;credits;request'= {
            cand cancel 'Cancel an open purchase request (the vendor is mailed)'
        }
        &'tally;help;credits;request;cancel'= {
        }
        &'tally;help;credits;use'= {
        }
        &'tally;help;credits;usage'= {
        }
        &'tally;help;credits;requests'= {
        }
        &'tally;help;owner'= {
            cand set 'Make USER consume and buy on OWNER''s credits'
            cand clear 'Make USER use their own credits again'
            cand show 'Show whose credits USER uses'
            cand list 'List every owner who shares credits, with their credit users'
            cand limit 'Limit what USER may consume and buy on their owner''s credits a month'
        }
        &'tally;help;owner;set'= {
        }
        &'tally;help;owner;clear'= {
        }
        &'tally;help;owner;show'= {
        }
        &'tally;help;owner;list'= {
        }
        &'tally;help;owner;limit'= {
        }
        &'tally;help;overview'= {
        }
        &'tally;help;plan'= {
            cand add 'Offer a plan: N credits of a kind for a price'
            cand remove 'Stop offering a plan (past orders keep it)'
            cand list 'List the plans on offer'
        }
        &'tally;help;plan;add'= {
        }
        &'tally;help;plan;remove'= {
        }
        &'tally;help;plan;list'= {
        }
        &'tally;help;billing-info'= {
            cand set 'Set a user''s own billing information'
            cand show 'Show a user''s billing information (only theirs, or with manage-billing)'
        }
        &'tally;help;billing-info;set'= {
        }
        &'tally;help;billing-info;show'= {
        }
        &'tally;help;order'= {
            cand place 'Buy a plan with HANDLE''s billing information; credits go to HANDLE''s owner'
            cand history 'Orders of HANDLE''s owner and of every credit user of that owner'
            cand cancel 'Give an order''s credits back to the vendor and mark it cancelled'
        }
        &'tally;help;order;place'= {
        }
        &'tally;help;order;history'= {
        }
        &'tally;help;order;cancel'= {
        }
        &'tally;help;billing'= {
            cand set-price 'Set the price of one active user for one month'
            cand status 'Active users, the seat price and this month''s projected total'
            cand invoice 'A month''s seat invoice: a projection, or the stored invoice once issued'
            cand invoices 'The issued invoices, newest month first'
        }
        &'tally;help;billing;set-price'= {
        }
        &'tally;help;billing;status'= {
        }
        &'tally;help;billing;invoice'= {
        }
        &'tally;help;billing;invoices'= {
        }
        &'tally;help;settings'= {
            cand list 'List the settings with their values'
            cand set 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file'
            cand unset 'Remove a setting'
        }
        &'tally;help;settings;list'= {
        }
        &'tally;help;settings;set'= {
        }
        &'tally;help;settings;unset'= {
        }
        &'tally;help;mail'= {
            cand list 'List the outbox, newest first'
            cand send 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)'
            cand retry 'Put failed messages back in the queue for the next `mail send`'
            cand cancel 'Cancel a pending or failed message: it is never sent'
        }
        &'tally;help;mail;list'= {
        }
        &'tally;help;mail;send'= {
        }
        &'tally;help;mail;retry'= {
        }
        &'tally;help;mail;cancel'= {
        }
        &'tally;help;audit'= {
        }
        &'tally;help;report'= {
            cand usage 'Credits consumed in a month, grouped by user, owner, kind or day'
            cand ledger 'Every transfer of a period, each with both sides'' balances after it'
            cand seats 'Each user''s seat line of a month with the intervals they were active'
        }
        &'tally;help;report;usage'= {
        }
        &'tally;help;report;ledger'= {
        }
        &'tally;help;report;seats'= {
        }
        &'tally;help;verify'= {
        }
        &'tally;help;backup'= {
        }
        &'tally;help;restore'= {
        }
        &'tally;help;db'= {
            cand copy 'Copy the organization whole into a new, empty database'
        }
        &'tally;help;db;copy'= {
        }
        &'tally;help;completions'= {
        }
        &'tally;help;man'= {
        }
        &'tally;help;config'= {
            cand show 'Show the database, actor, busy timeout and password files in force, and where each came from'
        }
        &'tally;help;config;show'= {
        }
        &'tally;help;help'= {
        }
    ]
    $completions[$command]
}
