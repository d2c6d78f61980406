
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sessionctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sessionctl'
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
        'sessionctl' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show sessions, shared packages and the package pool')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Show sessions, shared packages and the package pool')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Make the sandbox''s state: log users in, open packages, run nodes, batch and Integrator jobs')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'The live Session Manager: a full-screen table on a terminal, JSON events when piped')
            [CompletionResult]::new('resolve-hosts', 'resolve-hosts', [CompletionResultType]::ParameterValue, 'Show host names instead of addresses ("resolve names by IP"): on, off or status')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox''s engine over HTTP(S), the protocol of docs/protocol.md')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration: servers, the default server, default columns and format')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop executing sessions and packages, after showing them and asking')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close sessions, packages in sessions, shared and pool packages, after showing them and asking')
            [CompletionResult]::new('clear-pool', 'clear-pool', [CompletionResultType]::ParameterValue, 'Remove every package from the package pool, after showing them and asking')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell (the same bytes as completions/)')
            [CompletionResult]::new('plugins', 'plugins', [CompletionResultType]::ParameterValue, 'List the plugins (`sessionctl-NAME`) and backend plugins (`sessionctl-backend-NAME`) on PATH')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sessionctl;list' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Keep rows with TEXT in any column (case-insensitive)')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Show only these sections: sessions, shared, pool')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort rows within their parent by FIELD, `FIELD:desc` for descending')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'How to show times')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table, or the config file''s `output`]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table, or the config file''s `output`]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line (table, csv, tsv)')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;ls' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Keep rows with TEXT in any column (case-insensitive)')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Show only these sections: sessions, shared, pool')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort rows within their parent by FIELD, `FIELD:desc` for descending')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'How to show times')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table, or the config file''s `output`]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table, or the config file''s `output`]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line (table, csv, tsv)')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log a user in from a host; prints the new session''s id')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a package in a session (and what it references); prints the package''s address')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Execute a node of a package in a session for a while')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'A BatchLauncher run of a package; the package ends in the pool')
            [CompletionResult]::new('integrator', 'integrator', [CompletionResultType]::ParameterValue, 'An Integrator call of a package: reuses an idle pool copy or loads one')
            [CompletionResult]::new('touch', 'touch', [CompletionResultType]::ParameterValue, 'Change a storage file, as a re-save would (its pool copies are dropped)')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Take a session''s client offline')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Bring a session''s client back')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start over: no sessions, an empty pool (the demo storage gets its workload back)')
            [CompletionResult]::new('pool-size', 'pool-size', [CompletionResultType]::ParameterValue, 'Set the server parameter "Size of package pool"')
            [CompletionResult]::new('populate', 'populate', [CompletionResultType]::ParameterValue, 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sessionctl;sandbox;login' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The client''s address, or an X-Forwarded-For chain `a -> b`')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role the user holds; repeat for several')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of client opened the session')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;open' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Open a new draft (a package never saved) instead of a file')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;run' {
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'The node''s name')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the node executes (`20s`, `5m`)')
            [CompletionResult]::new('--stop-delay', '--stop-delay', [CompletionResultType]::ParameterName, 'How long the node takes to honor Stop; over 5s makes Close fail')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'The node reports no progress (shown as unknown)')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;batch' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the run executes')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address BatchLauncher connects from')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;integrator' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the call executes')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The address the web-service call comes from')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;touch' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;disconnect' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;reconnect' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;reset' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;pool-size' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;populate' {
            [CompletionResult]::new('--sessions', '--sessions', [CompletionResultType]::ParameterName, 'How many sessions')
            [CompletionResult]::new('--packages', '--packages', [CompletionResultType]::ParameterName, 'How many packages opened in them, in all')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'How many shared packages they reference')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;sandbox;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log a user in from a host; prints the new session''s id')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a package in a session (and what it references); prints the package''s address')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Execute a node of a package in a session for a while')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'A BatchLauncher run of a package; the package ends in the pool')
            [CompletionResult]::new('integrator', 'integrator', [CompletionResultType]::ParameterValue, 'An Integrator call of a package: reuses an idle pool copy or loads one')
            [CompletionResult]::new('touch', 'touch', [CompletionResultType]::ParameterValue, 'Change a storage file, as a re-save would (its pool copies are dropped)')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Take a session''s client offline')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Bring a session''s client back')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start over: no sessions, an empty pool (the demo storage gets its workload back)')
            [CompletionResult]::new('pool-size', 'pool-size', [CompletionResultType]::ParameterValue, 'Set the server parameter "Size of package pool"')
            [CompletionResult]::new('populate', 'populate', [CompletionResultType]::ParameterValue, 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sessionctl;sandbox;help;login' {
            break
        }
        'sessionctl;sandbox;help;open' {
            break
        }
        'sessionctl;sandbox;help;run' {
            break
        }
        'sessionctl;sandbox;help;batch' {
            break
        }
        'sessionctl;sandbox;help;integrator' {
            break
        }
        'sessionctl;sandbox;help;touch' {
            break
        }
        'sessionctl;sandbox;help;disconnect' {
            break
        }
        'sessionctl;sandbox;help;reconnect' {
            break
        }
        'sessionctl;sandbox;help;reset' {
            break
        }
        'sessionctl;sandbox;help;pool-size' {
            break
        }
        'sessionctl;sandbox;help;populate' {
            break
        }
        'sessionctl;sandbox;help;help' {
            break
        }
        'sessionctl;watch' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Keep rows with TEXT in any column (case-insensitive)')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Show only these sections: sessions, shared, pool')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort rows within their parent by FIELD, `FIELD:desc` for descending')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'How to show times')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How often to refresh')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to refresh')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The screen (on a terminal), JSON events (`jsonl`, the default when piped), or every snapshot as one JSON line (`json`)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The screen (on a terminal), JSON events (`jsonl`, the default when piped), or every snapshot as one JSON line (`json`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N refreshes')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'Leave out the header line (table, csv, tsv)')
            [CompletionResult]::new('--until-empty', '--until-empty', [CompletionResultType]::ParameterName, 'Exit 0 as soon as no row matches the filters (e.g. when a batch run has finished)')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;resolve-hosts' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on; port 0 lets the system choose (printed at start)')
            [CompletionResult]::new('--storage', '--storage', [CompletionResultType]::ParameterName, 'The file storage to serve (the demo storage when omitted)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the engine''s state in FILE (default: the sandbox''s state file for the storage)')
            [CompletionResult]::new('--tokens', '--tokens', [CompletionResultType]::ParameterName, 'The tokens file: bearer tokens mapped to users and roles (made on first start)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'The certificate chain (PEM) to serve HTTPS with; needs --tls-key')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM); needs --tls-cert')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;config' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved configuration, tokens masked')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is read from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sessionctl;config;show' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;config;path' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved configuration, tokens masked')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is read from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sessionctl;config;help;show' {
            break
        }
        'sessionctl;config;help;path' {
            break
        }
        'sessionctl;config;help;help' {
            break
        }
        'sessionctl;stop' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Keep rows with TEXT in any column (case-insensitive)')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Show only these sections: sessions, shared, pool')
            [CompletionResult]::new('--confirm-server', '--confirm-server', [CompletionResultType]::ParameterName, 'With --yes on a protected server: its name, standing in for typing it')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: sent to the server with the action (the session''s user is told), and audited')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the results')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the stopped targets are really idle, at most DURATION (exit 11 after it)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Act on every row in scope when no filter narrows it (needed for that)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask: act on what matches (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: act on what matches (for scripts and cron)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be done and change nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'A named target that does not exist is an error (exit 5), not `skipped: gone`')
            [CompletionResult]::new('--fail-if-none', '--fail-if-none', [CompletionResultType]::ParameterName, 'Nothing matching is an error (exit 5), not success')
            [CompletionResult]::new('--no-audit', '--no-audit', [CompletionResultType]::ParameterName, 'Do not append this action to the audit log')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;close' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Keep rows with TEXT in any column (case-insensitive)')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Show only these sections: sessions, shared, pool')
            [CompletionResult]::new('--confirm-server', '--confirm-server', [CompletionResultType]::ParameterName, 'With --yes on a protected server: its name, standing in for typing it')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: sent to the server with the action (the session''s user is told), and audited')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the results')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Act on every row in scope when no filter narrows it (needed for that)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask: act on what matches (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: act on what matches (for scripts and cron)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be done and change nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'A named target that does not exist is an error (exit 5), not `skipped: gone`')
            [CompletionResult]::new('--fail-if-none', '--fail-if-none', [CompletionResultType]::ParameterName, 'Nothing matching is an error (exit 5), not success')
            [CompletionResult]::new('--no-audit', '--no-audit', [CompletionResultType]::ParameterName, 'Do not append this action to the audit log')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;clear-pool' {
            [CompletionResult]::new('--confirm-server', '--confirm-server', [CompletionResultType]::ParameterName, 'With --yes on a protected server: its name, standing in for typing it')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: sent to the server with the action, and audited')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the results')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the results')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask: clear the pool (for scripts and cron)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask: clear the pool (for scripts and cron)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be removed and change nothing')
            [CompletionResult]::new('--fail-if-none', '--fail-if-none', [CompletionResultType]::ParameterName, 'An empty pool is an error (exit 5) instead of nothing to do')
            [CompletionResult]::new('--no-audit', '--no-audit', [CompletionResultType]::ParameterName, 'Do not append this action to the audit log')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;completions' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;plugins' {
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where sessionctl keeps its state (sandbox state, audit log, caches)')
            [CompletionResult]::new('--resolve-timeout', '--resolve-timeout', [CompletionResultType]::ParameterName, 'The longest resolving host names may take, in all (each lookup: 500ms at most)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet')
            [CompletionResult]::new('--resolve-hosts', '--resolve-hosts', [CompletionResultType]::ParameterName, 'Show host names instead of addresses for this command (see `resolve-hosts`)')
            [CompletionResult]::new('--no-resolve-hosts', '--no-resolve-hosts', [CompletionResultType]::ParameterName, 'Show addresses for this command, whatever `resolve-hosts` is set to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sessionctl;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show sessions, shared packages and the package pool')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Make the sandbox''s state: log users in, open packages, run nodes, batch and Integrator jobs')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'The live Session Manager: a full-screen table on a terminal, JSON events when piped')
            [CompletionResult]::new('resolve-hosts', 'resolve-hosts', [CompletionResultType]::ParameterValue, 'Show host names instead of addresses ("resolve names by IP"): on, off or status')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox''s engine over HTTP(S), the protocol of docs/protocol.md')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration: servers, the default server, default columns and format')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop executing sessions and packages, after showing them and asking')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close sessions, packages in sessions, shared and pool packages, after showing them and asking')
            [CompletionResult]::new('clear-pool', 'clear-pool', [CompletionResultType]::ParameterValue, 'Remove every package from the package pool, after showing them and asking')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell (the same bytes as completions/)')
            [CompletionResult]::new('plugins', 'plugins', [CompletionResultType]::ParameterValue, 'List the plugins (`sessionctl-NAME`) and backend plugins (`sessionctl-backend-NAME`) on PATH')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sessionctl;help;list' {
            break
        }
        'sessionctl;help;sandbox' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log a user in from a host; prints the new session''s id')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a package in a session (and what it references); prints the package''s address')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Execute a node of a package in a session for a while')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'A BatchLauncher run of a package; the package ends in the pool')
            [CompletionResult]::new('integrator', 'integrator', [CompletionResultType]::ParameterValue, 'An Integrator call of a package: reuses an idle pool copy or loads one')
            [CompletionResult]::new('touch', 'touch', [CompletionResultType]::ParameterValue, 'Change a storage file, as a re-save would (its pool copies are dropped)')
            [CompletionResult]::new('disconnect', 'disconnect', [CompletionResultType]::ParameterValue, 'Take a session''s client offline')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Bring a session''s client back')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Start over: no sessions, an empty pool (the demo storage gets its workload back)')
            [CompletionResult]::new('pool-size', 'pool-size', [CompletionResultType]::ParameterValue, 'Set the server parameter "Size of package pool"')
            [CompletionResult]::new('populate', 'populate', [CompletionResultType]::ParameterValue, 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)')
            break
        }
        'sessionctl;help;sandbox;login' {
            break
        }
        'sessionctl;help;sandbox;open' {
            break
        }
        'sessionctl;help;sandbox;run' {
            break
        }
        'sessionctl;help;sandbox;batch' {
            break
        }
        'sessionctl;help;sandbox;integrator' {
            break
        }
        'sessionctl;help;sandbox;touch' {
            break
        }
        'sessionctl;help;sandbox;disconnect' {
            break
        }
        'sessionctl;help;sandbox;reconnect' {
            break
        }
        'sessionctl;help;sandbox;reset' {
            break
        }
        'sessionctl;help;sandbox;pool-size' {
            break
        }
        'sessionctl;help;sandbox;populate' {
            break
        }
        'sessionctl;help;watch' {
            break
        }
        'sessionctl;help;resolve-hosts' {
            break
        }
        'sessionctl;help;serve' {
            break
        }
        'sessionctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved configuration, tokens masked')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the config file is read from')
            break
        }
        'sessionctl;help;config;show' {
            break
        }
        'sessionctl;help;config;path' {
            break
        }
        'sessionctl;help;stop' {
            break
        }
        'sessionctl;help;close' {
            break
        }
        'sessionctl;help;clear-pool' {
            break
        }
        'sessionctl;help;completions' {
            break
        }
        'sessionctl;help;plugins' {
            break
        }
        'sessionctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
