# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tally_global_optspecs
    string join \n db= as= json jq= format= o/output= dry-run y/yes q/quiet h/help V/version
end

function __fish_tally_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_tally_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_tally_using_subcommand
    set -l cmd (__fish_tally_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c tally -n "__fish_tally_needs_command" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_needs_command" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_needs_command" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_needs_command" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_needs_command" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_needs_command" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_needs_command" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_needs_command" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c tally -n "__fish_tally_needs_command" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_needs_command" -f -a "init" -d 'Create the database, the company account and the first administrator'
complete -c tally -n "__fish_tally_needs_command" -f -a "user" -d 'Add, list, edit, activate, deactivate, delete and import users'
complete -c tally -n "__fish_tally_needs_command" -f -a "role" -d 'Define roles and grant or revoke them'
complete -c tally -n "__fish_tally_needs_command" -f -a "credits" -d 'Move, import, show and request credits'
complete -c tally -n "__fish_tally_needs_command" -f -a "owner" -d 'Credit sharing: who consumes and buys on whose credits'
complete -c tally -n "__fish_tally_needs_command" -f -a "overview" -d 'Whose credits a user uses, that owner\'s balances and plans'
complete -c tally -n "__fish_tally_needs_command" -f -a "plan" -d 'Plans of credits that users can buy'
complete -c tally -n "__fish_tally_needs_command" -f -a "billing-info" -d 'Personal billing information, used when buying'
complete -c tally -n "__fish_tally_needs_command" -f -a "order" -d 'Buy plans and see the group\'s order history'
complete -c tally -n "__fish_tally_needs_command" -f -a "billing" -d 'Seat billing: the price per active user, monthly invoices and projections'
complete -c tally -n "__fish_tally_needs_command" -f -a "settings" -d 'Show and change the organization\'s settings'
complete -c tally -n "__fish_tally_needs_command" -f -a "mail" -d 'The outbox of mail that actions cause'
complete -c tally -n "__fish_tally_needs_command" -f -a "audit" -d 'Show the audit log, newest first'
complete -c tally -n "__fish_tally_needs_command" -f -a "report" -d 'Reports of the whole organization: usage, the ledger, seats'
complete -c tally -n "__fish_tally_needs_command" -f -a "verify" -d 'Check the file\'s integrity and the rules that must always hold'
complete -c tally -n "__fish_tally_needs_command" -f -a "backup" -d 'Write a consistent copy of the database, even while others write'
complete -c tally -n "__fish_tally_needs_command" -f -a "restore" -d 'Put a backup in place of the database, checked, keeping the file it replaces'
complete -c tally -n "__fish_tally_needs_command" -f -a "db" -d 'Move the organization to another database (a file to PostgreSQL)'
complete -c tally -n "__fish_tally_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c tally -n "__fish_tally_needs_command" -f -a "man" -d 'Write the man pages, one per command, where man finds them'
complete -c tally -n "__fish_tally_needs_command" -f -a "config" -d 'Show the configuration in force and where each value came from'
complete -c tally -n "__fish_tally_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand init" -l company -d 'The organization\'s name' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l admin -d 'Handle of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l first -d 'First name of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l last -d 'Last name of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l email -d 'Email of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand init" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand init" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand init" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand init" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand init" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand init" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand init" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "add" -d 'Add a user with a random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "list" -d 'List users, the active count above the table'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "show" -d 'Show one user'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "edit" -d 'Change a user\'s names or email'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "activate" -d 'Make a user active again (billed from today)'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "deactivate" -d 'Deactivate a user (no longer billed); their balances must be zero'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "delete" -d 'Delete a user for good (asks for confirmation; --yes in scripts)'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "reset-password" -d 'Give a user a new random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "import" -d 'Add users from a CSV file: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "offboard" -d 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import offboard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l first -d 'First name (asked for on a terminal when missing)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l last -d 'Last name (asked for on a terminal when missing)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address (asked for on a terminal when missing)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Give the user this role (repeatable)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l inactive -d 'Add the user deactivated (not billed until activated)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l admin -d 'Make the user an administrator'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l service -d 'A service account, not a person (a cron job\'s actor): no password, no email needed, no seat billed; it holds and receives no credits'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Which users to list [default: active and deactivated]' -r -f -a "active\t''
deactivated\t''
deleted\t''
all\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most N users, by handle' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l first -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l last -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l email -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l passwords-out -d 'Write the new passwords as CSV to this file (mode 0600) instead of stdout' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l credits-to -d 'Who receives every balance: company or a user\'s handle' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l credit-users-to -d 'Who their credit users share with from now on [default: their own credits]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l delete -d 'Delete the user instead of deactivating them'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from offboard" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user with a random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, the active count above the table'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a user\'s names or email'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Make a user active again (billed from today)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a user (no longer billed); their balances must be zero'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user for good (asks for confirmation; --yes in scripts)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'Give a user a new random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add users from a CSV file: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "offboard" -d 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -f -a "list" -d 'List roles with their rights and members'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -f -a "add" -d 'Define a role from rights'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -f -a "remove" -d 'Remove a role that nobody holds'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -f -a "grant" -d 'Give a user a role'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -f -a "revoke" -d 'Take a role from a user'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l rights -d 'Comma-separated rights' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles with their rights and members'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "add" -d 'Define a role from rights'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a role that nobody holds'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a user a role'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Take a role from a user'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "kind" -d 'Add or list credit kinds'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "alert" -d 'Mail when a balance falls below a threshold: set, list, remove'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "topup" -d 'Put purchased credits into the company account'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "assign" -d 'Move credits: company→user, user→company or user→user'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "reverse" -d 'Undo a transfer with a new one that moves its credits back'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "expire" -d 'Take credits that have expired out of the accounts that hold them'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "import" -d 'Apply a CSV file of transfers: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "balance" -d 'Show balances: one account, or the company and every user'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "history" -d 'Show transfers, newest first'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "request" -d 'Ask the vendor for more credits (mailed to the support-email setting)'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "use" -d 'Consume credits: HANDLE uses their credit owner\'s balance'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "usage" -d 'Consumption of HANDLE\'s owner and of every credit user of that owner'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "requests" -d 'List purchase requests'
complete -c tally -n "__fish_tally_using_subcommand credits; and not __fish_seen_subcommand_from kind alert topup assign reverse expire import balance history request use usage requests help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -f -a "add" -d 'Add a kind of credits (e.g. email, sms)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -f -a "list" -d 'List the kinds with the company\'s balance of each'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from kind" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -f -a "set" -d 'Mail when ACCOUNT\'s balance falls below N (replaces its alert)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -f -a "list" -d 'List the alerts with their balances and states'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -f -a "remove" -d 'Remove ACCOUNT\'s alert on a kind'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from alert" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l to-balance -d 'Add what the company account lacks of N, nothing if it holds N or more' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l kind -d 'The kind of credits' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l reference -d 'The vendor\'s reference (invoice, order number)' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l request -d 'Mark this purchase request fulfilled' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l expires -d 'The credits added expire at TIME (YYYY-MM-DD: its start, UTC; or RFC 3339)' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l idempotency-key -d 'Makes a retry safe: the same key returns the first result' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from topup" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l from -d 'Sender: company or a user\'s handle' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l to -d 'Receiver: company or a user\'s handle' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l kind -d 'The kind of credits' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l memo -d 'A note kept with the transfer' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l idempotency-key -d 'Makes a retry safe: the same key returns the first result' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l all -d 'Move the sender\'s whole balance of the kind, read and moved at once'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l all-kinds -d 'Move the sender\'s whole balance of every kind: a transfer per kind'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l memo -d 'A note kept with the reversal' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l idempotency-key -d 'Makes a retry safe: the same key returns the first result' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from reverse" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from expire" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l kind -d 'Only this kind' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l at -d 'The balance as it was at TIME (RFC 3339 or YYYY-MM-DD), replayed from the ledger' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l kind -d 'Only this kind' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l limit -d 'At most N transfers' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l since -d 'From TIME on (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l until -d 'Before TIME (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l kind -d 'The kind of credits' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l message -d 'A message for the vendor' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -a "cancel" -d 'Cancel an open purchase request (the vendor is mailed)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from request" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l kind -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l memo -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l idempotency-key -d 'Makes a retry safe: the same key returns the first result' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l since -d 'From TIME on (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l until -d 'Before TIME (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -l status -r -f -a "open\t''
fulfilled\t''
cancelled\t''
all\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from requests" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "kind" -d 'Add or list credit kinds'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "alert" -d 'Mail when a balance falls below a threshold: set, list, remove'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "topup" -d 'Put purchased credits into the company account'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Move credits: company→user, user→company or user→user'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "reverse" -d 'Undo a transfer with a new one that moves its credits back'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "expire" -d 'Take credits that have expired out of the accounts that hold them'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "import" -d 'Apply a CSV file of transfers: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Show balances: one account, or the company and every user'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show transfers, newest first'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "request" -d 'Ask the vendor for more credits (mailed to the support-email setting)'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "use" -d 'Consume credits: HANDLE uses their credit owner\'s balance'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Consumption of HANDLE\'s owner and of every credit user of that owner'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "requests" -d 'List purchase requests'
complete -c tally -n "__fish_tally_using_subcommand credits; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -f -a "set" -d 'Make USER consume and buy on OWNER\'s credits'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -f -a "clear" -d 'Make USER use their own credits again'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -f -a "show" -d 'Show whose credits USER uses'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -f -a "list" -d 'List every owner who shares credits, with their credit users'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -f -a "limit" -d 'Limit what USER may consume and buy on their owner\'s credits a month'
complete -c tally -n "__fish_tally_using_subcommand owner; and not __fish_seen_subcommand_from set clear show list limit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -l move-balance -d 'Move USER\'s balance to OWNER in the same transaction'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l per -d 'The period the limit counts over' -r -f -a "month\t''"
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l kind -d 'The kind of credits the limit is on' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l remove -d 'Lift the limit'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from limit" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from help" -f -a "set" -d 'Make USER consume and buy on OWNER\'s credits'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Make USER use their own credits again'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show whose credits USER uses'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every owner who shares credits, with their credit users'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from help" -f -a "limit" -d 'Limit what USER may consume and buy on their owner\'s credits a month'
complete -c tally -n "__fish_tally_using_subcommand owner; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand overview" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand overview" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand overview" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand overview" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand overview" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand overview" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand overview" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand overview" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand overview" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand overview" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand overview" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -f -a "add" -d 'Offer a plan: N credits of a kind for a price'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -f -a "remove" -d 'Stop offering a plan (past orders keep it)'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -f -a "list" -d 'List the plans on offer'
complete -c tally -n "__fish_tally_using_subcommand plan; and not __fish_seen_subcommand_from add remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l credits -d 'Credits per unit bought' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l price -d 'Price per unit, with at most as many decimal places as the currency has' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l kind -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l currency -d 'ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l valid-days -d 'The credits bought expire N days after the order (default: never)' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "add" -d 'Offer a plan: N credits of a kind for a price'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Stop offering a plan (past orders keep it)'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the plans on offer'
complete -c tally -n "__fish_tally_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -f -a "set" -d 'Set a user\'s own billing information'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -f -a "show" -d 'Show a user\'s billing information (only theirs, or with manage-billing)'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and not __fish_seen_subcommand_from set show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l name -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l address -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l tax-id -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a user\'s own billing information'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user\'s billing information (only theirs, or with manage-billing)'
complete -c tally -n "__fish_tally_using_subcommand billing-info; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -f -a "place" -d 'Buy a plan with HANDLE\'s billing information; credits go to HANDLE\'s owner'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -f -a "history" -d 'Orders of HANDLE\'s owner and of every credit user of that owner'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -f -a "cancel" -d 'Give an order\'s credits back to the vendor and mark it cancelled'
complete -c tally -n "__fish_tally_using_subcommand order; and not __fish_seen_subcommand_from place history cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l plan -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l quantity -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l idempotency-key -d 'Makes a retry safe: the same key returns the first order' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from place" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l memo -d 'A note kept with the reversal' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l idempotency-key -d 'Makes a retry safe: the same key returns the first result' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "place" -d 'Buy a plan with HANDLE\'s billing information; credits go to HANDLE\'s owner'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "history" -d 'Orders of HANDLE\'s owner and of every credit user of that owner'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Give an order\'s credits back to the vendor and mark it cancelled'
complete -c tally -n "__fish_tally_using_subcommand order; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -f -a "set-price" -d 'Set the price of one active user for one month'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -f -a "status" -d 'Active users, the seat price and this month\'s projected total'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -f -a "invoice" -d 'A month\'s seat invoice: a projection, or the stored invoice once issued'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -f -a "invoices" -d 'The issued invoices, newest month first'
complete -c tally -n "__fish_tally_using_subcommand billing; and not __fish_seen_subcommand_from set-price status invoice invoices help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -l currency -d 'ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from set-price" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l period -d 'The month, as YYYY-MM (UTC) [default: the current month]' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l issue -d 'Store the invoice of a month that has ended, for good'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l csv -d 'Print CSV (handle,days,amount) and nothing else, for accounting tools'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoice" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from invoices" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "set-price" -d 'Set the price of one active user for one month'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "status" -d 'Active users, the seat price and this month\'s projected total'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "invoice" -d 'A month\'s seat invoice: a projection, or the stored invoice once issued'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "invoices" -d 'The issued invoices, newest month first'
complete -c tally -n "__fish_tally_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -f -a "list" -d 'List the settings with their values'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -f -a "set" -d 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -f -a "unset" -d 'Remove a setting'
complete -c tally -n "__fish_tally_using_subcommand settings; and not __fish_seen_subcommand_from list set unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the settings with their values'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a setting'
complete -c tally -n "__fish_tally_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -f -a "list" -d 'List the outbox, newest first'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -f -a "send" -d 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -f -a "retry" -d 'Put failed messages back in the queue for the next `mail send`'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -f -a "cancel" -d 'Cancel a pending or failed message: it is never sent'
complete -c tally -n "__fish_tally_using_subcommand mail; and not __fish_seen_subcommand_from list send retry cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l status -r -f -a "pending\t''
sent\t''
failed\t''
cancelled\t''
all\t''"
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l limit -d 'At most N messages, the newest' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -l limit -d 'Send at most N messages, oldest first' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -l all-failed -d 'Every failed message'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from retry" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the outbox, newest first'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "send" -d 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Put failed messages back in the queue for the next `mail send`'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending or failed message: it is never sent'
complete -c tally -n "__fish_tally_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand audit" -l limit -d 'Show at most N entries' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l actor -d 'Only what this user did' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l since -d 'Only entries at or after TIME (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand audit" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand audit" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand audit" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand audit" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand audit" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand audit" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand audit" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -f -a "usage" -d 'Credits consumed in a month, grouped by user, owner, kind or day'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -f -a "ledger" -d 'Every transfer of a period, each with both sides\' balances after it'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -f -a "seats" -d 'Each user\'s seat line of a month with the intervals they were active'
complete -c tally -n "__fish_tally_using_subcommand report; and not __fish_seen_subcommand_from usage ledger seats help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l period -d 'The month, as YYYY-MM (UTC)' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l by -d 'Group by who consumed, whose credits, the kind or the day' -r -f -a "user\t''
owner\t''
kind\t''
day\t''"
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l kind -d 'Only this kind' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l chart -d 'Draw a bar chart on a terminal (the rows when not on a terminal)'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l html -d 'Print an HTML page with a bar chart and the table (with -o FILE, into FILE)'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l since -d 'From TIME on (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l until -d 'Before TIME (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l kind -d 'Only this kind' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from ledger" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -l period -d 'The month, as YYYY-MM (UTC)' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from seats" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Credits consumed in a month, grouped by user, owner, kind or day'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "ledger" -d 'Every transfer of a period, each with both sides\' balances after it'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "seats" -d 'Each user\'s seat line of a month with the intervals they were active'
complete -c tally -n "__fish_tally_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand verify" -l since-anchor -d 'Also prove that the history up to an anchor printed earlier is unchanged' -r
complete -c tally -n "__fish_tally_using_subcommand verify" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand verify" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand verify" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand verify" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand verify" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand verify" -l quick -d 'Check the file\'s pages and records but not each index against its table'
complete -c tally -n "__fish_tally_using_subcommand verify" -l anchor -d 'Print only the chain\'s last entry, POSITION:HASH, when everything verifies'
complete -c tally -n "__fish_tally_using_subcommand verify" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand verify" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand verify" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand verify" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand verify" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand verify" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand backup" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand backup" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand backup" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand backup" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand backup" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand backup" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand backup" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand backup" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand backup" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand backup" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand backup" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand restore" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand restore" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand restore" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand restore" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand restore" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand restore" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand restore" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand restore" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand restore" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand restore" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand restore" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -f -a "copy" -d 'Copy the organization whole into a new, empty database'
complete -c tally -n "__fish_tally_using_subcommand db; and not __fish_seen_subcommand_from copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The new database: postgres://USER@HOST:PORT/DATABASE (empty), or a new file' -r -F
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the organization whole into a new, empty database'
complete -c tally -n "__fish_tally_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand completions" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand completions" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand completions" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand completions" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand completions" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand completions" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand completions" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand completions" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand completions" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand completions" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand man" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand man" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand man" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand man" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand man" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand man" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand man" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand man" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand man" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand man" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show the database, actor, busy timeout and password files in force, and where each came from'
complete -c tally -n "__fish_tally_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output with a jq expression; strings print raw' -r
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report\'s page' -r -f -a "csv\t''
tsv\t''
html\t''"
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Write what would go to stdout to FILE, replaced only on success' -r -F
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the database, actor, busy timeout and password files in force, and where each came from'
complete -c tally -n "__fish_tally_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "init" -d 'Create the database, the company account and the first administrator'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "user" -d 'Add, list, edit, activate, deactivate, delete and import users'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "role" -d 'Define roles and grant or revoke them'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "credits" -d 'Move, import, show and request credits'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "owner" -d 'Credit sharing: who consumes and buys on whose credits'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "overview" -d 'Whose credits a user uses, that owner\'s balances and plans'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "plan" -d 'Plans of credits that users can buy'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "billing-info" -d 'Personal billing information, used when buying'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "order" -d 'Buy plans and see the group\'s order history'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "billing" -d 'Seat billing: the price per active user, monthly invoices and projections'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "settings" -d 'Show and change the organization\'s settings'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "mail" -d 'The outbox of mail that actions cause'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "audit" -d 'Show the audit log, newest first'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "report" -d 'Reports of the whole organization: usage, the ledger, seats'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "verify" -d 'Check the file\'s integrity and the rules that must always hold'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "backup" -d 'Write a consistent copy of the database, even while others write'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "restore" -d 'Put a backup in place of the database, checked, keeping the file it replaces'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "db" -d 'Move the organization to another database (a file to PostgreSQL)'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "completions" -d 'Print a shell completion script'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "man" -d 'Write the man pages, one per command, where man finds them'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "config" -d 'Show the configuration in force and where each value came from'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role credits owner overview plan billing-info order billing settings mail audit report verify backup restore db completions man config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user with a random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users, the active count above the table'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change a user\'s names or email'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "activate" -d 'Make a user active again (billed from today)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate a user (no longer billed); their balances must be zero'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user for good (asks for confirmation; --yes in scripts)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reset-password" -d 'Give a user a new random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Add users from a CSV file: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "offboard" -d 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles with their rights and members'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "add" -d 'Define a role from rights'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "remove" -d 'Remove a role that nobody holds'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Give a user a role'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Take a role from a user'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "kind" -d 'Add or list credit kinds'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "alert" -d 'Mail when a balance falls below a threshold: set, list, remove'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "topup" -d 'Put purchased credits into the company account'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "assign" -d 'Move credits: company→user, user→company or user→user'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "reverse" -d 'Undo a transfer with a new one that moves its credits back'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "expire" -d 'Take credits that have expired out of the accounts that hold them'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "import" -d 'Apply a CSV file of transfers: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "balance" -d 'Show balances: one account, or the company and every user'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "history" -d 'Show transfers, newest first'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "request" -d 'Ask the vendor for more credits (mailed to the support-email setting)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "use" -d 'Consume credits: HANDLE uses their credit owner\'s balance'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "usage" -d 'Consumption of HANDLE\'s owner and of every credit user of that owner'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from credits" -f -a "requests" -d 'List purchase requests'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from owner" -f -a "set" -d 'Make USER consume and buy on OWNER\'s credits'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from owner" -f -a "clear" -d 'Make USER use their own credits again'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from owner" -f -a "show" -d 'Show whose credits USER uses'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from owner" -f -a "list" -d 'List every owner who shares credits, with their credit users'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from owner" -f -a "limit" -d 'Limit what USER may consume and buy on their owner\'s credits a month'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "add" -d 'Offer a plan: N credits of a kind for a price'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "remove" -d 'Stop offering a plan (past orders keep it)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List the plans on offer'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from billing-info" -f -a "set" -d 'Set a user\'s own billing information'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from billing-info" -f -a "show" -d 'Show a user\'s billing information (only theirs, or with manage-billing)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "place" -d 'Buy a plan with HANDLE\'s billing information; credits go to HANDLE\'s owner'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "history" -d 'Orders of HANDLE\'s owner and of every credit user of that owner'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from order" -f -a "cancel" -d 'Give an order\'s credits back to the vendor and mark it cancelled'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "set-price" -d 'Set the price of one active user for one month'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "status" -d 'Active users, the seat price and this month\'s projected total'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "invoice" -d 'A month\'s seat invoice: a projection, or the stored invoice once issued'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "invoices" -d 'The issued invoices, newest month first'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "list" -d 'List the settings with their values'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "set" -d 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "unset" -d 'Remove a setting'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "list" -d 'List the outbox, newest first'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "send" -d 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "retry" -d 'Put failed messages back in the queue for the next `mail send`'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "cancel" -d 'Cancel a pending or failed message: it is never sent'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "usage" -d 'Credits consumed in a month, grouped by user, owner, kind or day'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "ledger" -d 'Every transfer of a period, each with both sides\' balances after it'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "seats" -d 'Each user\'s seat line of a month with the intervals they were active'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the organization whole into a new, empty database'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the database, actor, busy timeout and password files in force, and where each came from'
