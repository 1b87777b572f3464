# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_tally_global_optspecs
    string join \n db= as= json dry-run y/yes q/quiet h/help V/version
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
complete -c tally -n "__fish_tally_needs_command" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_needs_command" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_needs_command" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_needs_command" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_needs_command" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_needs_command" -f -a "init" -d 'Create the database, the company account and the first administrator'
complete -c tally -n "__fish_tally_needs_command" -f -a "user" -d 'Add, list, edit, activate, deactivate, delete and import users'
complete -c tally -n "__fish_tally_needs_command" -f -a "role" -d 'Define roles and grant or revoke them'
complete -c tally -n "__fish_tally_needs_command" -f -a "audit" -d 'Show the audit log, newest first'
complete -c tally -n "__fish_tally_needs_command" -f -a "verify" -d 'Check the file\'s integrity and the rules that must always hold'
complete -c tally -n "__fish_tally_needs_command" -f -a "backup" -d 'Write a consistent copy of the database, even while others write'
complete -c tally -n "__fish_tally_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c tally -n "__fish_tally_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand init" -l company -d 'The organization\'s name' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l admin -d 'Handle of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l first -d 'First name of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l last -d 'Last name of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l email -d 'Email of the first administrator' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand init" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand init" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand init" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand init" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand init" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand init" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "add" -d 'Add a user with a random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "list" -d 'List users, the active count above the table'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "show" -d 'Show one user'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "edit" -d 'Change a user\'s names or email'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "activate" -d 'Make a user active again (billed from today)'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "deactivate" -d 'Deactivate a user (no longer billed); their balances must be zero'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "delete" -d 'Delete a user for good (asks for confirmation; --yes in scripts)'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "reset-password" -d 'Give a user a new random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "import" -d 'Add users from a CSV file: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand user; and not __fish_seen_subcommand_from add list show edit activate deactivate delete reset-password import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l first -d 'First name (asked for on a terminal when missing)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l last -d 'Last name (asked for on a terminal when missing)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address (asked for on a terminal when missing)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Give the user this role (repeatable)' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l inactive -d 'Add the user deactivated (not billed until activated)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from add" -l admin -d 'Make the user an administrator'
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
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Act as this user [default: the admin created by init]' -r
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
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l passwords-out -d 'Write the new passwords as CSV to this file (mode 0600) instead of stdout' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user with a random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, the active count above the table'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a user\'s names or email'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Make a user active again (billed from today)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a user (no longer billed); their balances must be zero'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user for good (asks for confirmation; --yes in scripts)'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'Give a user a new random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add users from a CSV file: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and not __fish_seen_subcommand_from list add remove grant revoke help" -l as -d 'Act as this user [default: the admin created by init]' -r
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
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l rights -d 'Comma-separated rights' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand role; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this user [default: the admin created by init]' -r
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
complete -c tally -n "__fish_tally_using_subcommand audit" -l limit -d 'Show at most N entries' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l actor -d 'Only what this user did' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l since -d 'Only entries at or after TIME (RFC 3339 or YYYY-MM-DD)' -r
complete -c tally -n "__fish_tally_using_subcommand audit" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand audit" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand audit" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand audit" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand audit" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand audit" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand audit" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand verify" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand verify" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand verify" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand verify" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand verify" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand verify" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand verify" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand verify" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand backup" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand backup" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand backup" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand backup" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand backup" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand backup" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand backup" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand backup" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand completions" -l db -d 'Database file [default: tally.db in the user\'s data directory]' -r -F
complete -c tally -n "__fish_tally_using_subcommand completions" -l as -d 'Act as this user [default: the admin created by init]' -r
complete -c tally -n "__fish_tally_using_subcommand completions" -l json -d 'Print one JSON value on stdout; errors as JSON on stderr'
complete -c tally -n "__fish_tally_using_subcommand completions" -l dry-run -d 'Run a write, print what it would do, change nothing'
complete -c tally -n "__fish_tally_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c tally -n "__fish_tally_using_subcommand completions" -s q -l quiet -d 'Print nothing on success'
complete -c tally -n "__fish_tally_using_subcommand completions" -s h -l help -d 'Print help'
complete -c tally -n "__fish_tally_using_subcommand completions" -s V -l version -d 'Print version'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "init" -d 'Create the database, the company account and the first administrator'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "user" -d 'Add, list, edit, activate, deactivate, delete and import users'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "role" -d 'Define roles and grant or revoke them'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "audit" -d 'Show the audit log, newest first'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "verify" -d 'Check the file\'s integrity and the rules that must always hold'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "backup" -d 'Write a consistent copy of the database, even while others write'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c tally -n "__fish_tally_using_subcommand help; and not __fish_seen_subcommand_from init user role audit verify backup completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user with a random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users, the active count above the table'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change a user\'s names or email'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "activate" -d 'Make a user active again (billed from today)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate a user (no longer billed); their balances must be zero'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete a user for good (asks for confirmation; --yes in scripts)'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reset-password" -d 'Give a user a new random password, shown once'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Add users from a CSV file: all rows or none'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles with their rights and members'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "add" -d 'Define a role from rights'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "remove" -d 'Remove a role that nobody holds'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "grant" -d 'Give a user a role'
complete -c tally -n "__fish_tally_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "revoke" -d 'Take a role from a user'
