
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'tally' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'tally'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'tally' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database, the company account and the first administrator')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, edit, activate, deactivate, delete and import users')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Define roles and grant or revoke them')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Move, import, show and request credits')
            [CompletionResult]::new('owner', 'owner', [CompletionResultType]::ParameterValue, 'Credit sharing: who consumes and buys on whose credits')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Whose credits a user uses, that owner''s balances and plans')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plans of credits that users can buy')
            [CompletionResult]::new('billing-info', 'billing-info', [CompletionResultType]::ParameterValue, 'Personal billing information, used when buying')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Buy plans and see the group''s order history')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Seat billing: the price per active user, monthly invoices and projections')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change the organization''s settings')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'The outbox of mail that actions cause')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log, newest first')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports of the whole organization: usage, the ledger, seats')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the file''s integrity and the rules that must always hold')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database, even while others write')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup in place of the database, checked, keeping the file it replaces')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Move the organization to another database (a file to PostgreSQL)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages, one per command, where man finds them')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration in force and where each value came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;init' {
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'The organization''s name')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Handle of the first administrator')
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name of the first administrator')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name of the first administrator')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email of the first administrator')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a random password, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, the active count above the table')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s names or email')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Make a user active again (billed from today)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user (no longer billed); their balances must be zero')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user for good (asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Give a user a new random password, shown once')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add users from a CSV file: all rows or none')
            [CompletionResult]::new('offboard', 'offboard', [CompletionResultType]::ParameterValue, 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;user;add' {
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name (asked for on a terminal when missing)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name (asked for on a terminal when missing)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (asked for on a terminal when missing)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Give the user this role (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--inactive', '--inactive', [CompletionResultType]::ParameterName, 'Add the user deactivated (not billed until activated)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Make the user an administrator')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service account, not a person (a cron job''s actor): no password, no email needed, no seat billed; it holds and receives no credits')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which users to list [default: active and deactivated]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N users, by handle')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;edit' {
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'first')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'last')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;activate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;reset-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;import' {
            [CompletionResult]::new('--passwords-out', '--passwords-out', [CompletionResultType]::ParameterName, 'Write the new passwords as CSV to this file (mode 0600) instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;offboard' {
            [CompletionResult]::new('--credits-to', '--credits-to', [CompletionResultType]::ParameterName, 'Who receives every balance: company or a user''s handle')
            [CompletionResult]::new('--credit-users-to', '--credit-users-to', [CompletionResultType]::ParameterName, 'Who their credit users share with from now on [default: their own credits]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Delete the user instead of deactivating them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a random password, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, the active count above the table')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s names or email')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Make a user active again (billed from today)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user (no longer billed); their balances must be zero')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user for good (asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Give a user a new random password, shown once')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add users from a CSV file: all rows or none')
            [CompletionResult]::new('offboard', 'offboard', [CompletionResultType]::ParameterValue, 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;user;help;add' {
            break
        }
        'tally;user;help;list' {
            break
        }
        'tally;user;help;show' {
            break
        }
        'tally;user;help;edit' {
            break
        }
        'tally;user;help;activate' {
            break
        }
        'tally;user;help;deactivate' {
            break
        }
        'tally;user;help;delete' {
            break
        }
        'tally;user;help;reset-password' {
            break
        }
        'tally;user;help;import' {
            break
        }
        'tally;user;help;offboard' {
            break
        }
        'tally;user;help;help' {
            break
        }
        'tally;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their rights and members')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Define a role from rights')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role that nobody holds')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;role;add' {
            [CompletionResult]::new('--rights', '--rights', [CompletionResultType]::ParameterName, 'Comma-separated rights')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;role;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;role;grant' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;role;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their rights and members')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Define a role from rights')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role that nobody holds')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;role;help;list' {
            break
        }
        'tally;role;help;add' {
            break
        }
        'tally;role;help;remove' {
            break
        }
        'tally;role;help;grant' {
            break
        }
        'tally;role;help;revoke' {
            break
        }
        'tally;role;help;help' {
            break
        }
        'tally;credits' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('kind', 'kind', [CompletionResultType]::ParameterValue, 'Add or list credit kinds')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Mail when a balance falls below a threshold: set, list, remove')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Put purchased credits into the company account')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Move credits: company→user, user→company or user→user')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Undo a transfer with a new one that moves its credits back')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Take credits that have expired out of the accounts that hold them')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a CSV file of transfers: all rows or none')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show balances: one account, or the company and every user')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show transfers, newest first')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the vendor for more credits (mailed to the support-email setting)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Consume credits: HANDLE uses their credit owner''s balance')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Consumption of HANDLE''s owner and of every credit user of that owner')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'List purchase requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;kind' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a kind of credits (e.g. email, sms)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the kinds with the company''s balance of each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;kind;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;kind;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;kind;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a kind of credits (e.g. email, sms)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the kinds with the company''s balance of each')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;kind;help;add' {
            break
        }
        'tally;credits;kind;help;list' {
            break
        }
        'tally;credits;kind;help;help' {
            break
        }
        'tally;credits;alert' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mail when ACCOUNT''s balance falls below N (replaces its alert)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the alerts with their balances and states')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove ACCOUNT''s alert on a kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;alert;set' {
            [CompletionResult]::new('--below', '--below', [CompletionResultType]::ParameterName, 'Mail when the balance falls below N (1 or more)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of credits')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where the company account''s alert goes [default: the support-email setting]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;alert;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;alert;remove' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of credits')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;alert;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mail when ACCOUNT''s balance falls below N (replaces its alert)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the alerts with their balances and states')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove ACCOUNT''s alert on a kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;alert;help;set' {
            break
        }
        'tally;credits;alert;help;list' {
            break
        }
        'tally;credits;alert;help;remove' {
            break
        }
        'tally;credits;alert;help;help' {
            break
        }
        'tally;credits;topup' {
            [CompletionResult]::new('--to-balance', '--to-balance', [CompletionResultType]::ParameterName, 'Add what the company account lacks of N, nothing if it holds N or more')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of credits')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'The vendor''s reference (invoice, order number)')
            [CompletionResult]::new('--request', '--request', [CompletionResultType]::ParameterName, 'Mark this purchase request fulfilled')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The credits added expire at TIME (YYYY-MM-DD: its start, UTC; or RFC 3339)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes a retry safe: the same key returns the first result')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;assign' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Sender: company or a user''s handle')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Receiver: company or a user''s handle')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of credits')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A note kept with the transfer')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes a retry safe: the same key returns the first result')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Move the sender''s whole balance of the kind, read and moved at once')
            [CompletionResult]::new('--all-kinds', '--all-kinds', [CompletionResultType]::ParameterName, 'Move the sender''s whole balance of every kind: a transfer per kind')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;reverse' {
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A note kept with the reversal')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes a retry safe: the same key returns the first result')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;expire' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;balance' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The balance as it was at TIME (RFC 3339 or YYYY-MM-DD), replayed from the ledger')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;history' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N transfers')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From TIME on (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Before TIME (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;request' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of credits')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'A message for the vendor')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open purchase request (the vendor is mailed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;request;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;request;help' {
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open purchase request (the vendor is mailed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;request;help;cancel' {
            break
        }
        'tally;credits;request;help;help' {
            break
        }
        'tally;credits;use' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kind')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'memo')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes a retry safe: the same key returns the first result')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;usage' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From TIME on (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Before TIME (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;requests' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;credits;help' {
            [CompletionResult]::new('kind', 'kind', [CompletionResultType]::ParameterValue, 'Add or list credit kinds')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Mail when a balance falls below a threshold: set, list, remove')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Put purchased credits into the company account')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Move credits: company→user, user→company or user→user')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Undo a transfer with a new one that moves its credits back')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Take credits that have expired out of the accounts that hold them')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a CSV file of transfers: all rows or none')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show balances: one account, or the company and every user')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show transfers, newest first')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the vendor for more credits (mailed to the support-email setting)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Consume credits: HANDLE uses their credit owner''s balance')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Consumption of HANDLE''s owner and of every credit user of that owner')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'List purchase requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;credits;help;kind' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a kind of credits (e.g. email, sms)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the kinds with the company''s balance of each')
            break
        }
        'tally;credits;help;kind;add' {
            break
        }
        'tally;credits;help;kind;list' {
            break
        }
        'tally;credits;help;alert' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mail when ACCOUNT''s balance falls below N (replaces its alert)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the alerts with their balances and states')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove ACCOUNT''s alert on a kind')
            break
        }
        'tally;credits;help;alert;set' {
            break
        }
        'tally;credits;help;alert;list' {
            break
        }
        'tally;credits;help;alert;remove' {
            break
        }
        'tally;credits;help;topup' {
            break
        }
        'tally;credits;help;assign' {
            break
        }
        'tally;credits;help;reverse' {
            break
        }
        'tally;credits;help;expire' {
            break
        }
        'tally;credits;help;import' {
            break
        }
        'tally;credits;help;balance' {
            break
        }
        'tally;credits;help;history' {
            break
        }
        'tally;credits;help;request' {
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open purchase request (the vendor is mailed)')
            break
        }
        'tally;credits;help;request;cancel' {
            break
        }
        'tally;credits;help;use' {
            break
        }
        'tally;credits;help;usage' {
            break
        }
        'tally;credits;help;requests' {
            break
        }
        'tally;credits;help;help' {
            break
        }
        'tally;owner' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make USER consume and buy on OWNER''s credits')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Make USER use their own credits again')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whose credits USER uses')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every owner who shares credits, with their credit users')
            [CompletionResult]::new('limit', 'limit', [CompletionResultType]::ParameterValue, 'Limit what USER may consume and buy on their owner''s credits a month')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;owner;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--move-balance', '--move-balance', [CompletionResultType]::ParameterName, 'Move USER''s balance to OWNER in the same transaction')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;owner;clear' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;owner;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;owner;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;owner;limit' {
            [CompletionResult]::new('--per', '--per', [CompletionResultType]::ParameterName, 'The period the limit counts over')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of credits the limit is on')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Lift the limit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;owner;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make USER consume and buy on OWNER''s credits')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Make USER use their own credits again')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whose credits USER uses')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every owner who shares credits, with their credit users')
            [CompletionResult]::new('limit', 'limit', [CompletionResultType]::ParameterValue, 'Limit what USER may consume and buy on their owner''s credits a month')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;owner;help;set' {
            break
        }
        'tally;owner;help;clear' {
            break
        }
        'tally;owner;help;show' {
            break
        }
        'tally;owner;help;list' {
            break
        }
        'tally;owner;help;limit' {
            break
        }
        'tally;owner;help;help' {
            break
        }
        'tally;overview' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;plan' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Offer a plan: N credits of a kind for a price')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop offering a plan (past orders keep it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the plans on offer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;plan;add' {
            [CompletionResult]::new('--credits', '--credits', [CompletionResultType]::ParameterName, 'Credits per unit bought')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Price per unit, with at most as many decimal places as the currency has')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'kind')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...')
            [CompletionResult]::new('--valid-days', '--valid-days', [CompletionResultType]::ParameterName, 'The credits bought expire N days after the order (default: never)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;plan;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;plan;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;plan;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Offer a plan: N credits of a kind for a price')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop offering a plan (past orders keep it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the plans on offer')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;plan;help;add' {
            break
        }
        'tally;plan;help;remove' {
            break
        }
        'tally;plan;help;list' {
            break
        }
        'tally;plan;help;help' {
            break
        }
        'tally;billing-info' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a user''s own billing information')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user''s billing information (only theirs, or with manage-billing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;billing-info;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--tax-id', '--tax-id', [CompletionResultType]::ParameterName, 'tax-id')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;billing-info;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;billing-info;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a user''s own billing information')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user''s billing information (only theirs, or with manage-billing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;billing-info;help;set' {
            break
        }
        'tally;billing-info;help;show' {
            break
        }
        'tally;billing-info;help;help' {
            break
        }
        'tally;order' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Buy a plan with HANDLE''s billing information; credits go to HANDLE''s owner')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Orders of HANDLE''s owner and of every credit user of that owner')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Give an order''s credits back to the vendor and mark it cancelled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;order;place' {
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'plan')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'quantity')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes a retry safe: the same key returns the first order')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;order;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;order;cancel' {
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'A note kept with the reversal')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes a retry safe: the same key returns the first result')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;order;help' {
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Buy a plan with HANDLE''s billing information; credits go to HANDLE''s owner')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Orders of HANDLE''s owner and of every credit user of that owner')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Give an order''s credits back to the vendor and mark it cancelled')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;order;help;place' {
            break
        }
        'tally;order;help;history' {
            break
        }
        'tally;order;help;cancel' {
            break
        }
        'tally;order;help;help' {
            break
        }
        'tally;billing' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set-price', 'set-price', [CompletionResultType]::ParameterValue, 'Set the price of one active user for one month')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Active users, the seat price and this month''s projected total')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'A month''s seat invoice: a projection, or the stored invoice once issued')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'The issued invoices, newest month first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;billing;set-price' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency code: USD, EUR (2 decimal places), JPY (none), BHD (3)...')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;billing;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;billing;invoice' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The month, as YYYY-MM (UTC) [default: the current month]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Store the invoice of a month that has ended, for good')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'Print CSV (handle,days,amount) and nothing else, for accounting tools')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;billing;invoices' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;billing;help' {
            [CompletionResult]::new('set-price', 'set-price', [CompletionResultType]::ParameterValue, 'Set the price of one active user for one month')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Active users, the seat price and this month''s projected total')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'A month''s seat invoice: a projection, or the stored invoice once issued')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'The issued invoices, newest month first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;billing;help;set-price' {
            break
        }
        'tally;billing;help;status' {
            break
        }
        'tally;billing;help;invoice' {
            break
        }
        'tally;billing;help;invoices' {
            break
        }
        'tally;billing;help;help' {
            break
        }
        'tally;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the settings with their values')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;settings;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;settings;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;settings;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;settings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the settings with their values')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;settings;help;list' {
            break
        }
        'tally;settings;help;set' {
            break
        }
        'tally;settings;help;unset' {
            break
        }
        'tally;settings;help;help' {
            break
        }
        'tally;mail' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the outbox, newest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Put failed messages back in the queue for the next `mail send`')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending or failed message: it is never sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;mail;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N messages, the newest')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;mail;send' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Send at most N messages, oldest first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;mail;retry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--all-failed', '--all-failed', [CompletionResultType]::ParameterName, 'Every failed message')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;mail;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;mail;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the outbox, newest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Put failed messages back in the queue for the next `mail send`')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending or failed message: it is never sent')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;mail;help;list' {
            break
        }
        'tally;mail;help;send' {
            break
        }
        'tally;mail;help;retry' {
            break
        }
        'tally;mail;help;cancel' {
            break
        }
        'tally;mail;help;help' {
            break
        }
        'tally;audit' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N entries')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only what this user did')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after TIME (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Credits consumed in a month, grouped by user, owner, kind or day')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'Every transfer of a period, each with both sides'' balances after it')
            [CompletionResult]::new('seats', 'seats', [CompletionResultType]::ParameterValue, 'Each user''s seat line of a month with the intervals they were active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;report;usage' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The month, as YYYY-MM (UTC)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by who consumed, whose credits, the kind or the day')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Draw a bar chart on a terminal (the rows when not on a terminal)')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Print an HTML page with a bar chart and the table (with -o FILE, into FILE)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;report;ledger' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From TIME on (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Before TIME (RFC 3339 or YYYY-MM-DD)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;report;seats' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The month, as YYYY-MM (UTC)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;report;help' {
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Credits consumed in a month, grouped by user, owner, kind or day')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'Every transfer of a period, each with both sides'' balances after it')
            [CompletionResult]::new('seats', 'seats', [CompletionResultType]::ParameterValue, 'Each user''s seat line of a month with the intervals they were active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;report;help;usage' {
            break
        }
        'tally;report;help;ledger' {
            break
        }
        'tally;report;help;seats' {
            break
        }
        'tally;report;help;help' {
            break
        }
        'tally;verify' {
            [CompletionResult]::new('--since-anchor', '--since-anchor', [CompletionResultType]::ParameterName, 'Also prove that the history up to an anchor printed earlier is unchanged')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--quick', '--quick', [CompletionResultType]::ParameterName, 'Check the file''s pages and records but not each index against its table')
            [CompletionResult]::new('--anchor', '--anchor', [CompletionResultType]::ParameterName, 'Print only the chain''s last entry, POSITION:HASH, when everything verifies')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the organization whole into a new, empty database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;db;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The new database: postgres://USER@HOST:PORT/DATABASE (empty), or a new file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;db;help' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the organization whole into a new, empty database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;db;help;copy' {
            break
        }
        'tally;db;help;help' {
            break
        }
        'tally;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the database, actor, busy timeout and password files in force, and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file [default: tally.db in the user''s data directory]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this user [default: the admin created by init]')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'Filter the JSON output with a jq expression; strings print raw')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Print lists (and name-value results) as CSV or TSV with a header row; html: a report''s page')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write what would go to stdout to FILE, replaced only on success')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON value on stdout; errors as JSON on stderr')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Run a write, print what it would do, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing on success')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'tally;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the database, actor, busy timeout and password files in force, and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;config;help;show' {
            break
        }
        'tally;config;help;help' {
            break
        }
        'tally;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database, the company account and the first administrator')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, edit, activate, deactivate, delete and import users')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Define roles and grant or revoke them')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Move, import, show and request credits')
            [CompletionResult]::new('owner', 'owner', [CompletionResultType]::ParameterValue, 'Credit sharing: who consumes and buys on whose credits')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Whose credits a user uses, that owner''s balances and plans')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plans of credits that users can buy')
            [CompletionResult]::new('billing-info', 'billing-info', [CompletionResultType]::ParameterValue, 'Personal billing information, used when buying')
            [CompletionResult]::new('order', 'order', [CompletionResultType]::ParameterValue, 'Buy plans and see the group''s order history')
            [CompletionResult]::new('billing', 'billing', [CompletionResultType]::ParameterValue, 'Seat billing: the price per active user, monthly invoices and projections')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'Show and change the organization''s settings')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'The outbox of mail that actions cause')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log, newest first')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports of the whole organization: usage, the ledger, seats')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the file''s integrity and the rules that must always hold')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database, even while others write')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup in place of the database, checked, keeping the file it replaces')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Move the organization to another database (a file to PostgreSQL)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages, one per command, where man finds them')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration in force and where each value came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'tally;help;init' {
            break
        }
        'tally;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user with a random password, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, the active count above the table')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s names or email')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Make a user active again (billed from today)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user (no longer billed); their balances must be zero')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user for good (asks for confirmation; --yes in scripts)')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Give a user a new random password, shown once')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add users from a CSV file: all rows or none')
            [CompletionResult]::new('offboard', 'offboard', [CompletionResultType]::ParameterValue, 'In one transaction: revoke administrator, move every balance, move or clear their credit users, deactivate (or delete)')
            break
        }
        'tally;help;user;add' {
            break
        }
        'tally;help;user;list' {
            break
        }
        'tally;help;user;show' {
            break
        }
        'tally;help;user;edit' {
            break
        }
        'tally;help;user;activate' {
            break
        }
        'tally;help;user;deactivate' {
            break
        }
        'tally;help;user;delete' {
            break
        }
        'tally;help;user;reset-password' {
            break
        }
        'tally;help;user;import' {
            break
        }
        'tally;help;user;offboard' {
            break
        }
        'tally;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their rights and members')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Define a role from rights')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role that nobody holds')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a user a role')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Take a role from a user')
            break
        }
        'tally;help;role;list' {
            break
        }
        'tally;help;role;add' {
            break
        }
        'tally;help;role;remove' {
            break
        }
        'tally;help;role;grant' {
            break
        }
        'tally;help;role;revoke' {
            break
        }
        'tally;help;credits' {
            [CompletionResult]::new('kind', 'kind', [CompletionResultType]::ParameterValue, 'Add or list credit kinds')
            [CompletionResult]::new('alert', 'alert', [CompletionResultType]::ParameterValue, 'Mail when a balance falls below a threshold: set, list, remove')
            [CompletionResult]::new('topup', 'topup', [CompletionResultType]::ParameterValue, 'Put purchased credits into the company account')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Move credits: company→user, user→company or user→user')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Undo a transfer with a new one that moves its credits back')
            [CompletionResult]::new('expire', 'expire', [CompletionResultType]::ParameterValue, 'Take credits that have expired out of the accounts that hold them')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Apply a CSV file of transfers: all rows or none')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Show balances: one account, or the company and every user')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Show transfers, newest first')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the vendor for more credits (mailed to the support-email setting)')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Consume credits: HANDLE uses their credit owner''s balance')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Consumption of HANDLE''s owner and of every credit user of that owner')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'List purchase requests')
            break
        }
        'tally;help;credits;kind' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a kind of credits (e.g. email, sms)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the kinds with the company''s balance of each')
            break
        }
        'tally;help;credits;kind;add' {
            break
        }
        'tally;help;credits;kind;list' {
            break
        }
        'tally;help;credits;alert' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Mail when ACCOUNT''s balance falls below N (replaces its alert)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the alerts with their balances and states')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove ACCOUNT''s alert on a kind')
            break
        }
        'tally;help;credits;alert;set' {
            break
        }
        'tally;help;credits;alert;list' {
            break
        }
        'tally;help;credits;alert;remove' {
            break
        }
        'tally;help;credits;topup' {
            break
        }
        'tally;help;credits;assign' {
            break
        }
        'tally;help;credits;reverse' {
            break
        }
        'tally;help;credits;expire' {
            break
        }
        'tally;help;credits;import' {
            break
        }
        'tally;help;credits;balance' {
            break
        }
        'tally;help;credits;history' {
            break
        }
        'tally;help;credits;request' {
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an open purchase request (the vendor is mailed)')
            break
        }
        'tally;help;credits;request;cancel' {
            break
        }
        'tally;help;credits;use' {
            break
        }
        'tally;help;credits;usage' {
            break
        }
        'tally;help;credits;requests' {
            break
        }
        'tally;help;owner' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Make USER consume and buy on OWNER''s credits')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Make USER use their own credits again')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whose credits USER uses')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every owner who shares credits, with their credit users')
            [CompletionResult]::new('limit', 'limit', [CompletionResultType]::ParameterValue, 'Limit what USER may consume and buy on their owner''s credits a month')
            break
        }
        'tally;help;owner;set' {
            break
        }
        'tally;help;owner;clear' {
            break
        }
        'tally;help;owner;show' {
            break
        }
        'tally;help;owner;list' {
            break
        }
        'tally;help;owner;limit' {
            break
        }
        'tally;help;overview' {
            break
        }
        'tally;help;plan' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Offer a plan: N credits of a kind for a price')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop offering a plan (past orders keep it)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the plans on offer')
            break
        }
        'tally;help;plan;add' {
            break
        }
        'tally;help;plan;remove' {
            break
        }
        'tally;help;plan;list' {
            break
        }
        'tally;help;billing-info' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a user''s own billing information')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user''s billing information (only theirs, or with manage-billing)')
            break
        }
        'tally;help;billing-info;set' {
            break
        }
        'tally;help;billing-info;show' {
            break
        }
        'tally;help;order' {
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Buy a plan with HANDLE''s billing information; credits go to HANDLE''s owner')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Orders of HANDLE''s owner and of every credit user of that owner')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Give an order''s credits back to the vendor and mark it cancelled')
            break
        }
        'tally;help;order;place' {
            break
        }
        'tally;help;order;history' {
            break
        }
        'tally;help;order;cancel' {
            break
        }
        'tally;help;billing' {
            [CompletionResult]::new('set-price', 'set-price', [CompletionResultType]::ParameterValue, 'Set the price of one active user for one month')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Active users, the seat price and this month''s projected total')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'A month''s seat invoice: a projection, or the stored invoice once issued')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'The issued invoices, newest month first')
            break
        }
        'tally;help;billing;set-price' {
            break
        }
        'tally;help;billing;status' {
            break
        }
        'tally;help;billing;invoice' {
            break
        }
        'tally;help;billing;invoices' {
            break
        }
        'tally;help;settings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the settings with their values')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a setting: support-email, mail-from, smtp-url, smtp-user, smtp-ca-file')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a setting')
            break
        }
        'tally;help;settings;list' {
            break
        }
        'tally;help;settings;set' {
            break
        }
        'tally;help;settings;unset' {
            break
        }
        'tally;help;mail' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the outbox, newest first')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Deliver pending mail over SMTP (the smtp-url and mail-from settings)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Put failed messages back in the queue for the next `mail send`')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending or failed message: it is never sent')
            break
        }
        'tally;help;mail;list' {
            break
        }
        'tally;help;mail;send' {
            break
        }
        'tally;help;mail;retry' {
            break
        }
        'tally;help;mail;cancel' {
            break
        }
        'tally;help;audit' {
            break
        }
        'tally;help;report' {
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Credits consumed in a month, grouped by user, owner, kind or day')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'Every transfer of a period, each with both sides'' balances after it')
            [CompletionResult]::new('seats', 'seats', [CompletionResultType]::ParameterValue, 'Each user''s seat line of a month with the intervals they were active')
            break
        }
        'tally;help;report;usage' {
            break
        }
        'tally;help;report;ledger' {
            break
        }
        'tally;help;report;seats' {
            break
        }
        'tally;help;verify' {
            break
        }
        'tally;help;backup' {
            break
        }
        'tally;help;restore' {
            break
        }
        'tally;help;db' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the organization whole into a new, empty database')
            break
        }
        'tally;help;db;copy' {
            break
        }
        'tally;help;completions' {
            break
        }
        'tally;help;man' {
            break
        }
        'tally;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the database, actor, busy timeout and password files in force, and where each came from')
            break
        }
        'tally;help;config;show' {
            break
        }
        'tally;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
