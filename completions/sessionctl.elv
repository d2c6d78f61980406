
use builtin;
use str;

set edit:completion:arg-completer[sessionctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'sessionctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'sessionctl'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Show sessions, shared packages and the package pool'
            cand ls 'Show sessions, shared packages and the package pool'
            cand sandbox 'Make the sandbox''s state: log users in, open packages, run nodes, batch and Integrator jobs'
            cand watch 'The live Session Manager: a full-screen table on a terminal, JSON events when piped'
            cand resolve-hosts 'Show host names instead of addresses ("resolve names by IP"): on, off or status'
            cand serve 'Serve the sandbox''s engine over HTTP(S), the protocol of docs/protocol.md'
            cand config 'Show the configuration: servers, the default server, default columns and format'
            cand stop 'Stop executing sessions and packages, after showing them and asking'
            cand close 'Close sessions, packages in sessions, shared and pool packages, after showing them and asking'
            cand clear-pool 'Remove every package from the package pool, after showing them and asking'
            cand completions 'Print the completion script for a shell (the same bytes as completions/)'
            cand plugins 'List the plugins (`sessionctl-NAME`) and backend plugins (`sessionctl-backend-NAME`) on PATH'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sessionctl;list'= {
            cand -f 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --filter 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --search 'Keep rows with TEXT in any column (case-insensitive)'
            cand --section 'Show only these sections: sessions, shared, pool'
            cand -c 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)'
            cand --columns 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)'
            cand --sort 'Sort rows within their parent by FIELD, `FIELD:desc` for descending'
            cand --time 'How to show times'
            cand -o 'Output format [default: table, or the config file''s `output`]'
            cand --output 'Output format [default: table, or the config file''s `output`]'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --no-headers 'Leave out the header line (table, csv, tsv)'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;ls'= {
            cand -f 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --filter 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --search 'Keep rows with TEXT in any column (case-insensitive)'
            cand --section 'Show only these sections: sessions, shared, pool'
            cand -c 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)'
            cand --columns 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)'
            cand --sort 'Sort rows within their parent by FIELD, `FIELD:desc` for descending'
            cand --time 'How to show times'
            cand -o 'Output format [default: table, or the config file''s `output`]'
            cand --output 'Output format [default: table, or the config file''s `output`]'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --no-headers 'Leave out the header line (table, csv, tsv)'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Log a user in from a host; prints the new session''s id'
            cand open 'Open a package in a session (and what it references); prints the package''s address'
            cand run 'Execute a node of a package in a session for a while'
            cand batch 'A BatchLauncher run of a package; the package ends in the pool'
            cand integrator 'An Integrator call of a package: reuses an idle pool copy or loads one'
            cand touch 'Change a storage file, as a re-save would (its pool copies are dropped)'
            cand disconnect 'Take a session''s client offline'
            cand reconnect 'Bring a session''s client back'
            cand reset 'Start over: no sessions, an empty pool (the demo storage gets its workload back)'
            cand pool-size 'Set the server parameter "Size of package pool"'
            cand populate 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sessionctl;sandbox;login'= {
            cand --host 'The client''s address, or an X-Forwarded-For chain `a -> b`'
            cand --role 'A role the user holds; repeat for several'
            cand --kind 'What kind of client opened the session'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;open'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --draft 'Open a new draft (a package never saved) instead of a file'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;run'= {
            cand --node 'The node''s name'
            cand --for 'How long the node executes (`20s`, `5m`)'
            cand --stop-delay 'How long the node takes to honor Stop; over 5s makes Close fail'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --no-progress 'The node reports no progress (shown as unknown)'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;batch'= {
            cand --for 'How long the run executes'
            cand --host 'The address BatchLauncher connects from'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;integrator'= {
            cand --for 'How long the call executes'
            cand --host 'The address the web-service call comes from'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;touch'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;disconnect'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;reconnect'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;reset'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;pool-size'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;populate'= {
            cand --sessions 'How many sessions'
            cand --packages 'How many packages opened in them, in all'
            cand --shared 'How many shared packages they reference'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;sandbox;help'= {
            cand login 'Log a user in from a host; prints the new session''s id'
            cand open 'Open a package in a session (and what it references); prints the package''s address'
            cand run 'Execute a node of a package in a session for a while'
            cand batch 'A BatchLauncher run of a package; the package ends in the pool'
            cand integrator 'An Integrator call of a package: reuses an idle pool copy or loads one'
            cand touch 'Change a storage file, as a re-save would (its pool copies are dropped)'
            cand disconnect 'Take a session''s client offline'
            cand reconnect 'Bring a session''s client back'
            cand reset 'Start over: no sessions, an empty pool (the demo storage gets its workload back)'
            cand pool-size 'Set the server parameter "Size of package pool"'
            cand populate 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sessionctl;sandbox;help;login'= {
        }
        &'sessionctl;sandbox;help;open'= {
        }
        &'sessionctl;sandbox;help;run'= {
        }
        &'sessionctl;sandbox;help;batch'= {
        }
        &'sessionctl;sandbox;help;integrator'= {
        }
        &'sessionctl;sandbox;help;touch'= {
        }
        &'sessionctl;sandbox;help;disconnect'= {
        }
        &'sessionctl;sandbox;help;reconnect'= {
        }
        &'sessionctl;sandbox;help;reset'= {
        }
        &'sessionctl;sandbox;help;pool-size'= {
        }
        &'sessionctl;sandbox;help;populate'= {
        }
        &'sessionctl;sandbox;help;help'= {
        }
        &'sessionctl;watch'= {
            cand -f 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --filter 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --search 'Keep rows with TEXT in any column (case-insensitive)'
            cand --section 'Show only these sections: sessions, shared, pool'
            cand -c 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)'
            cand --columns 'Columns to show (`activity,host`), or changes to the default set (`+state,-role`)'
            cand --sort 'Sort rows within their parent by FIELD, `FIELD:desc` for descending'
            cand --time 'How to show times'
            cand -n 'How often to refresh'
            cand --interval 'How often to refresh'
            cand -o 'The screen (on a terminal), JSON events (`jsonl`, the default when piped), or every snapshot as one JSON line (`json`)'
            cand --output 'The screen (on a terminal), JSON events (`jsonl`, the default when piped), or every snapshot as one JSON line (`json`)'
            cand --count 'Stop after N refreshes'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --no-headers 'Leave out the header line (table, csv, tsv)'
            cand --until-empty 'Exit 0 as soon as no row matches the filters (e.g. when a batch run has finished)'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;resolve-hosts'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;serve'= {
            cand --listen 'The address to listen on; port 0 lets the system choose (printed at start)'
            cand --storage 'The file storage to serve (the demo storage when omitted)'
            cand --state 'Keep the engine''s state in FILE (default: the sandbox''s state file for the storage)'
            cand --tokens 'The tokens file: bearer tokens mapped to users and roles (made on first start)'
            cand --tls-cert 'The certificate chain (PEM) to serve HTTPS with; needs --tls-key'
            cand --tls-key 'The certificate''s private key (PEM); needs --tls-cert'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;config'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the resolved configuration, tokens masked'
            cand path 'Print where the config file is read from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sessionctl;config;show'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;config;path'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;config;help'= {
            cand show 'Print the resolved configuration, tokens masked'
            cand path 'Print where the config file is read from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sessionctl;config;help;show'= {
        }
        &'sessionctl;config;help;path'= {
        }
        &'sessionctl;config;help;help'= {
        }
        &'sessionctl;stop'= {
            cand -f 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --filter 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --search 'Keep rows with TEXT in any column (case-insensitive)'
            cand --section 'Show only these sections: sessions, shared, pool'
            cand --confirm-server 'With --yes on a protected server: its name, standing in for typing it'
            cand --reason 'Why: sent to the server with the action (the session''s user is told), and audited'
            cand -o 'Output format of the results'
            cand --output 'Output format of the results'
            cand --wait 'Wait until the stopped targets are really idle, at most DURATION (exit 11 after it)'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --all 'Act on every row in scope when no filter narrows it (needed for that)'
            cand -y 'Do not ask: act on what matches (for scripts and cron)'
            cand --yes 'Do not ask: act on what matches (for scripts and cron)'
            cand --dry-run 'Show what would be done and change nothing'
            cand --strict 'A named target that does not exist is an error (exit 5), not `skipped: gone`'
            cand --fail-if-none 'Nothing matching is an error (exit 5), not success'
            cand --no-audit 'Do not append this action to the audit log'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;close'= {
            cand -f 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --filter 'Keep rows where FIELD OP VALUE holds, e.g. `user=admin`, `idle>30m`, `path~/user/*`; repeat for AND, a comma for OR (`role=admin,design`)'
            cand --search 'Keep rows with TEXT in any column (case-insensitive)'
            cand --section 'Show only these sections: sessions, shared, pool'
            cand --confirm-server 'With --yes on a protected server: its name, standing in for typing it'
            cand --reason 'Why: sent to the server with the action (the session''s user is told), and audited'
            cand -o 'Output format of the results'
            cand --output 'Output format of the results'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --all 'Act on every row in scope when no filter narrows it (needed for that)'
            cand -y 'Do not ask: act on what matches (for scripts and cron)'
            cand --yes 'Do not ask: act on what matches (for scripts and cron)'
            cand --dry-run 'Show what would be done and change nothing'
            cand --strict 'A named target that does not exist is an error (exit 5), not `skipped: gone`'
            cand --fail-if-none 'Nothing matching is an error (exit 5), not success'
            cand --no-audit 'Do not append this action to the audit log'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;clear-pool'= {
            cand --confirm-server 'With --yes on a protected server: its name, standing in for typing it'
            cand --reason 'Why: sent to the server with the action, and audited'
            cand -o 'Output format of the results'
            cand --output 'Output format of the results'
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand -y 'Do not ask: clear the pool (for scripts and cron)'
            cand --yes 'Do not ask: clear the pool (for scripts and cron)'
            cand --dry-run 'Show what would be removed and change nothing'
            cand --fail-if-none 'An empty pool is an error (exit 5) instead of nothing to do'
            cand --no-audit 'Do not append this action to the audit log'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;completions'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;plugins'= {
            cand --sandbox 'Use the embedded sandbox on the file storage DIR (the demo storage when DIR is omitted)'
            cand --config 'The config file (default: $XDG_CONFIG_HOME/sessionctl/config.toml)'
            cand --timeout 'How long to wait for a server, to connect and for each answer (default 10s); for `watch`, how long to watch before giving up with exit code 11 (each answer still has 10s)'
            cand --color 'When to use colors'
            cand --state-dir 'Where sessionctl keeps its state (sandbox state, audit log, caches)'
            cand --resolve-timeout 'The longest resolving host names may take, in all (each lookup: 500ms at most)'
            cand -s 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --server 'The server to talk to: a name from the config file, a URL, `exec:NAME` (the backend plugin sessionctl-backend-NAME), `sandbox`, or `all`; repeat for a fleet'
            cand --resolve-hosts 'Show host names instead of addresses for this command (see `resolve-hosts`)'
            cand --no-resolve-hosts 'Show addresses for this command, whatever `resolve-hosts` is set to'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sessionctl;help'= {
            cand list 'Show sessions, shared packages and the package pool'
            cand sandbox 'Make the sandbox''s state: log users in, open packages, run nodes, batch and Integrator jobs'
            cand watch 'The live Session Manager: a full-screen table on a terminal, JSON events when piped'
            cand resolve-hosts 'Show host names instead of addresses ("resolve names by IP"): on, off or status'
            cand serve 'Serve the sandbox''s engine over HTTP(S), the protocol of docs/protocol.md'
            cand config 'Show the configuration: servers, the default server, default columns and format'
            cand stop 'Stop executing sessions and packages, after showing them and asking'
            cand close 'Close sessions, packages in sessions, shared and pool packages, after showing them and asking'
            cand clear-pool 'Remove every package from the package pool, after showing them and asking'
            cand completions 'Print the completion script for a shell (the same bytes as completions/)'
            cand plugins 'List the plugins (`sessionctl-NAME`) and backend plugins (`sessionctl-backend-NAME`) on PATH'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sessionctl;help;list'= {
        }
        &'sessionctl;help;sandbox'= {
            cand login 'Log a user in from a host; prints the new session''s id'
            cand open 'Open a package in a session (and what it references); prints the package''s address'
            cand run 'Execute a node of a package in a session for a while'
            cand batch 'A BatchLauncher run of a package; the package ends in the pool'
            cand integrator 'An Integrator call of a package: reuses an idle pool copy or loads one'
            cand touch 'Change a storage file, as a re-save would (its pool copies are dropped)'
            cand disconnect 'Take a session''s client offline'
            cand reconnect 'Bring a session''s client back'
            cand reset 'Start over: no sessions, an empty pool (the demo storage gets its workload back)'
            cand pool-size 'Set the server parameter "Size of package pool"'
            cand populate 'Add a generated workload of any size: sessions, their packages, shared packages, a full pool (for benchmarks and rehearsals at scale)'
        }
        &'sessionctl;help;sandbox;login'= {
        }
        &'sessionctl;help;sandbox;open'= {
        }
        &'sessionctl;help;sandbox;run'= {
        }
        &'sessionctl;help;sandbox;batch'= {
        }
        &'sessionctl;help;sandbox;integrator'= {
        }
        &'sessionctl;help;sandbox;touch'= {
        }
        &'sessionctl;help;sandbox;disconnect'= {
        }
        &'sessionctl;help;sandbox;reconnect'= {
        }
        &'sessionctl;help;sandbox;reset'= {
        }
        &'sessionctl;help;sandbox;pool-size'= {
        }
        &'sessionctl;help;sandbox;populate'= {
        }
        &'sessionctl;help;watch'= {
        }
        &'sessionctl;help;resolve-hosts'= {
        }
        &'sessionctl;help;serve'= {
        }
        &'sessionctl;help;config'= {
            cand show 'Print the resolved configuration, tokens masked'
            cand path 'Print where the config file is read from'
        }
        &'sessionctl;help;config;show'= {
        }
        &'sessionctl;help;config;path'= {
        }
        &'sessionctl;help;stop'= {
        }
        &'sessionctl;help;close'= {
        }
        &'sessionctl;help;clear-pool'= {
        }
        &'sessionctl;help;completions'= {
        }
        &'sessionctl;help;plugins'= {
        }
        &'sessionctl;help;help'= {
        }
    ]
    $completions[$command]
}
