# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sessionctl_global_optspecs
    string join \n sandbox= config= timeout= color= state-dir= resolve-hosts no-resolve-hosts resolve-timeout= s/server= h/help V/version
end

function __fish_sessionctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sessionctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sessionctl_using_subcommand
    set -l cmd (__fish_sessionctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sessionctl -n "__fish_sessionctl_needs_command" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_needs_command" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_needs_command" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_needs_command" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_needs_command" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_needs_command" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_needs_command" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_needs_command" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "list" -d 'Show sessions, shared packages and the package pool'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "ls" -d 'Show sessions, shared packages and the package pool'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "sandbox" -d 'Make the sandbox\'s state: log users in, open packages, run nodes, batch and Integrator jobs'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "watch" -d 'The live Session Manager: a full-screen table on a terminal, JSON events when piped'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "resolve-hosts" -d 'Show host names instead of addresses ("resolve names by IP"): on, off or status'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "serve" -d 'Serve the sandbox\'s engine over HTTP(S), the protocol of docs/protocol.md'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "config" -d 'Show the configuration: servers, the default server, default columns and format'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "stop" -d 'Stop executing sessions and packages, after showing them and asking'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "close" -d 'Close sessions, packages in sessions, shared and pool packages, after showing them and asking'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "clear-pool" -d 'Remove every package from the package pool, after showing them and asking'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "completions" -d 'Print the completion script for a shell (the same bytes as completions/)'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "plugins" -d 'List the plugins (`sessionctl-NAME`) and backend plugins (`sessionctl-backend-NAME`) on PATH'
complete -c sessionctl -n "__fish_sessionctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -s f -l filter -d 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l search -d 'Keep rows with TEXT in any column (case-insensitive)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l section -d 'Show only these sections: sessions, shared, pool' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -s c -l columns -d 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l sort -d 'Sort rows within their parent by FIELD, `FIELD:desc` for descending' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l time -d 'How to show times' -r -f -a "absolute\t'`2026-12-03 14:05:09`, UTC'
relative\t'`5m ago`'
iso\t'RFC 3339, UTC'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -s o -l output -d 'Output format [default: table, or the config file\'s `output`]' -r -f -a "table\t'A tree table, fitted to the terminal'
wide\t'The table with every column'
json\t'The snapshot as one JSON document (docs/json.md)'
jsonl\t'One JSON object per row'
csv\t''
tsv\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l no-headers -d 'Leave out the header line (table, csv, tsv)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand list" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -s f -l filter -d 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l search -d 'Keep rows with TEXT in any column (case-insensitive)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l section -d 'Show only these sections: sessions, shared, pool' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -s c -l columns -d 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l sort -d 'Sort rows within their parent by FIELD, `FIELD:desc` for descending' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l time -d 'How to show times' -r -f -a "absolute\t'`2026-12-03 14:05:09`, UTC'
relative\t'`5m ago`'
iso\t'RFC 3339, UTC'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -s o -l output -d 'Output format [default: table, or the config file\'s `output`]' -r -f -a "table\t'A tree table, fitted to the terminal'
wide\t'The table with every column'
json\t'The snapshot as one JSON document (docs/json.md)'
jsonl\t'One JSON object per row'
csv\t''
tsv\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l no-headers -d 'Leave out the header line (table, csv, tsv)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand ls" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "login" -d 'Log a user in from a host; prints the new session\'s id'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "open" -d 'Open a package in a session (and what it references); prints the package\'s address'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "run" -d 'Execute a node of a package in a session for a while'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "batch" -d 'A BatchLauncher run of a package; the package ends in the pool'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "integrator" -d 'An Integrator call of a package: reuses an idle pool copy or loads one'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "touch" -d 'Change a storage file, as a re-save would (its pool copies are dropped)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "disconnect" -d 'Take a session\'s client offline'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "reconnect" -d 'Bring a session\'s client back'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "reset" -d 'Start over: no sessions, an empty pool (the demo storage gets its workload back)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "pool-size" -d 'Set the server parameter "Size of package pool"'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "populate" -d 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and not __fish_seen_subcommand_from login open run batch integrator touch disconnect reconnect reset pool-size populate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l host -d 'The client\'s address, or an X-Forwarded-For chain `a -> b`' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l role -d 'A role the user holds; repeat for several' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l kind -d 'What kind of client opened the session' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l draft -d 'Open a new draft (a package never saved) instead of a file'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l node -d 'The node\'s name' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l for -d 'How long the node executes (`20s`, `5m`)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l stop-delay -d 'How long the node takes to honor Stop; over 5s makes Close fail' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l no-progress -d 'The node reports no progress (shown as unknown)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l for -d 'How long the run executes' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l host -d 'The address BatchLauncher connects from' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from batch" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l for -d 'How long the call executes' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l host -d 'The address the web-service call comes from' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from integrator" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from touch" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from disconnect" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reconnect" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from pool-size" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l sessions -d 'How many sessions' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l packages -d 'How many packages opened in them, in all' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l shared -d 'How many shared packages they reference' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from populate" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log a user in from a host; prints the new session\'s id'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a package in a session (and what it references); prints the package\'s address'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "run" -d 'Execute a node of a package in a session for a while'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "batch" -d 'A BatchLauncher run of a package; the package ends in the pool'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "integrator" -d 'An Integrator call of a package: reuses an idle pool copy or loads one'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "touch" -d 'Change a storage file, as a re-save would (its pool copies are dropped)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Take a session\'s client offline'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reconnect" -d 'Bring a session\'s client back'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Start over: no sessions, an empty pool (the demo storage gets its workload back)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "pool-size" -d 'Set the server parameter "Size of package pool"'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "populate" -d 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -s f -l filter -d 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l search -d 'Keep rows with TEXT in any column (case-insensitive)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l section -d 'Show only these sections: sessions, shared, pool' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -s c -l columns -d 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l sort -d 'Sort rows within their parent by FIELD, `FIELD:desc` for descending' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l time -d 'How to show times' -r -f -a "absolute\t'`2026-12-03 14:05:09`, UTC'
relative\t'`5m ago`'
iso\t'RFC 3339, UTC'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -s n -l interval -d 'How often to refresh' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -s o -l output -d 'The screen (on a terminal), JSON events (`jsonl`, the default when piped), or every snapshot as one JSON line (`json`)' -r -f -a "screen\t'The full-screen table (needs a terminal)'
jsonl\t'A `snapshot` event, then one JSON line per added, changed or removed row'
json\t'Every refresh\'s snapshot as one JSON line'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l count -d 'Stop after N refreshes' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l no-headers -d 'Leave out the header line (table, csv, tsv)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l until-empty -d 'Exit 0 as soon as no row matches the filters (e.g. when a batch run has finished)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand watch" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand resolve-hosts" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l listen -d 'The address to listen on; port 0 lets the system choose (printed at start)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l storage -d 'The file storage to serve (the demo storage when omitted)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l state -d 'Keep the engine\'s state in FILE (default: the sandbox\'s state file for the storage)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l tokens -d 'The tokens file: bearer tokens mapped to users and roles (made on first start)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l tls-cert -d 'The certificate chain (PEM) to serve HTTPS with; needs --tls-key' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l tls-key -d 'The certificate\'s private key (PEM); needs --tls-cert' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "show" -d 'Print the resolved configuration, tokens masked'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "path" -d 'Print where the config file is read from'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the resolved configuration, tokens masked'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the config file is read from'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -s f -l filter -d 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l search -d 'Keep rows with TEXT in any column (case-insensitive)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l section -d 'Show only these sections: sessions, shared, pool' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l confirm-server -d 'With --yes on a protected server: its name, standing in for typing it' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l reason -d 'Why: sent to the server with the action (the session\'s user is told), and audited' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -s o -l output -d 'Output format of the results' -r -f -a "table\t'One row per target'
json\t'One document: the action and every result (docs/json.md)'
jsonl\t'One record per target'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l wait -d 'Wait until the stopped targets are really idle, at most DURATION (exit 11 after it)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l all -d 'Act on every row in scope when no filter narrows it (needed for that)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -s y -l yes -d 'Do not ask: act on what matches (for scripts and cron)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l dry-run -d 'Show what would be done and change nothing'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l strict -d 'A named target that does not exist is an error (exit 5), not `skipped: gone`'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l fail-if-none -d 'Nothing matching is an error (exit 5), not success'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l no-audit -d 'Do not append this action to the audit log'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand stop" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -s f -l filter -d 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)' -r -f -a "id\t'the row\'s address (57, 57/12, shared/12, pool/12); filters compare the session number or package id'
name\t'the session name (user:57) or the package name; always shown'
activity\t'the session\'s last activity; an executing package shows its progress here'
host\t'the client address, or the X-Forwarded-For chain `source -> proxy`'
role\t'the user\'s most privileged role: admin, design, viewer, batch'
version\t'the package version (semver)'
created\t'when the package file or the session was created; empty for a draft'
saved\t'when the package file was last saved; empty for a draft'
path\t'the package path in the file storage; empty for a draft'
user\t'the session\'s user name (login)'
state\t'idle, executing, or deleting (a session closed while its client is offline)'
kind\t'what opened the session: interactive, batch, integrator'
node\t'the node an executing package is running'
progress\t'the executing node\'s percent done, when it tells'
refs\t'shared packages: the sessions that reference it, plus one for the pool'
last-used\t'pool packages: when the package was last used'
app-version\t'the application version that saved the package file'
idle\t'time since the session\'s last activity'
age\t'time since the session was created'
section\t'sessions, shared or pool'
address\t'the row\'s address: 57, 57/12, shared/12, pool/12'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l search -d 'Keep rows with TEXT in any column (case-insensitive)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l section -d 'Show only these sections: sessions, shared, pool' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l confirm-server -d 'With --yes on a protected server: its name, standing in for typing it' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l reason -d 'Why: sent to the server with the action (the session\'s user is told), and audited' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -s o -l output -d 'Output format of the results' -r -f -a "table\t'One row per target'
json\t'One document: the action and every result (docs/json.md)'
jsonl\t'One record per target'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l all -d 'Act on every row in scope when no filter narrows it (needed for that)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -s y -l yes -d 'Do not ask: act on what matches (for scripts and cron)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l dry-run -d 'Show what would be done and change nothing'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l strict -d 'A named target that does not exist is an error (exit 5), not `skipped: gone`'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l fail-if-none -d 'Nothing matching is an error (exit 5), not success'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l no-audit -d 'Do not append this action to the audit log'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand close" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l confirm-server -d 'With --yes on a protected server: its name, standing in for typing it' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l reason -d 'Why: sent to the server with the action, and audited' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -s o -l output -d 'Output format of the results' -r -f -a "table\t'One row per target'
json\t'One document: the action and every result (docs/json.md)'
jsonl\t'One record per target'"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -s y -l yes -d 'Do not ask: clear the pool (for scripts and cron)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l dry-run -d 'Show what would be removed and change nothing'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l fail-if-none -d 'An empty pool is an error (exit 5) instead of nothing to do'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l no-audit -d 'Do not append this action to the audit log'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand clear-pool" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l sandbox -d 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l config -d 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)' -r -F
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l timeout -d 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l color -d 'When to use colors' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l state-dir -d 'Where sessionctl keeps its state (sandbox state, audit log, caches)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l resolve-timeout -d 'The longest resolving host names may take, in all (each lookup: 500ms at most)' -r
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -s s -l server -d 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet' -r -f -a "(sessionctl complete-servers 2>/dev/null)"
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l resolve-hosts -d 'Show host names instead of addresses for this command (see `resolve-hosts`)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -l no-resolve-hosts -d 'Show addresses for this command, whatever `resolve-hosts` is set to'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -s h -l help -d 'Print help'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand plugins" -s V -l version -d 'Print version'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "list" -d 'Show sessions, shared packages and the package pool'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "sandbox" -d 'Make the sandbox\'s state: log users in, open packages, run nodes, batch and Integrator jobs'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "watch" -d 'The live Session Manager: a full-screen table on a terminal, JSON events when piped'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "resolve-hosts" -d 'Show host names instead of addresses ("resolve names by IP"): on, off or status'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "serve" -d 'Serve the sandbox\'s engine over HTTP(S), the protocol of docs/protocol.md'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "config" -d 'Show the configuration: servers, the default server, default columns and format'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "stop" -d 'Stop executing sessions and packages, after showing them and asking'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "close" -d 'Close sessions, packages in sessions, shared and pool packages, after showing them and asking'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "clear-pool" -d 'Remove every package from the package pool, after showing them and asking'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "completions" -d 'Print the completion script for a shell (the same bytes as completions/)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "plugins" -d 'List the plugins (`sessionctl-NAME`) and backend plugins (`sessionctl-backend-NAME`) on PATH'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and not __fish_seen_subcommand_from list sandbox watch resolve-hosts serve config stop close clear-pool completions plugins help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "login" -d 'Log a user in from a host; prints the new session\'s id'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "open" -d 'Open a package in a session (and what it references); prints the package\'s address'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "run" -d 'Execute a node of a package in a session for a while'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "batch" -d 'A BatchLauncher run of a package; the package ends in the pool'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "integrator" -d 'An Integrator call of a package: reuses an idle pool copy or loads one'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "touch" -d 'Change a storage file, as a re-save would (its pool copies are dropped)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "disconnect" -d 'Take a session\'s client offline'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reconnect" -d 'Bring a session\'s client back'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "reset" -d 'Start over: no sessions, an empty pool (the demo storage gets its workload back)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "pool-size" -d 'Set the server parameter "Size of package pool"'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "populate" -d 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the resolved configuration, tokens masked'
complete -c sessionctl -n "__fish_sessionctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print where the config file is read from'
