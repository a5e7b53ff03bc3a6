
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'everai' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'everai'
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
        'everai' {
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Verbose output')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Verbose output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Login; store a token (get one at https://everai.expvent.com)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Logout: forget the stored token')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('workers', 'workers', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('w', 'w', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print current configuration')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image management: build and push')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'Image management: build and push')
            [CompletionResult]::new('i', 'i', [CompletionResultType]::ParameterValue, 'Image management: build and push')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Manage app')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Manage app')
            [CompletionResult]::new('a', 'a', [CompletionResultType]::ParameterValue, 'Manage app')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Manage secrets')
            [CompletionResult]::new('secrets', 'secrets', [CompletionResultType]::ParameterValue, 'Manage secrets')
            [CompletionResult]::new('sec', 'sec', [CompletionResultType]::ParameterValue, 'Manage secrets')
            [CompletionResult]::new('s', 's', [CompletionResultType]::ParameterValue, 'Manage secrets')
            [CompletionResult]::new('autoscaler', 'autoscaler', [CompletionResultType]::ParameterValue, 'Run the autoscaler service')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Manage configmaps')
            [CompletionResult]::new('cm', 'cm', [CompletionResultType]::ParameterValue, 'Manage configmaps')
            [CompletionResult]::new('configmaps', 'configmaps', [CompletionResultType]::ParameterValue, 'Manage configmaps')
            [CompletionResult]::new('resources', 'resources', [CompletionResultType]::ParameterValue, 'Show available resources')
            [CompletionResult]::new('res', 'res', [CompletionResultType]::ParameterValue, 'Show available resources')
            [CompletionResult]::new('resource', 'resource', [CompletionResultType]::ParameterValue, 'Show available resources')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Manage volume')
            [CompletionResult]::new('volumes', 'volumes', [CompletionResultType]::ParameterValue, 'Manage volume')
            [CompletionResult]::new('vol', 'vol', [CompletionResultType]::ParameterValue, 'Manage volume')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Manage the namespaces')
            [CompletionResult]::new('namespaces', 'namespaces', [CompletionResultType]::ParameterValue, 'Manage the namespaces')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Manage the namespaces')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show package and client version')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run the local EverAI platform (REST API, routes, workers, autoscaling)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app of ./app.yaml on this machine as one worker')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;login' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Token from EverAI; `-` reads it from standard input')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint to use from now on (default: the hosted platform)')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store the token in a file (0600) instead of the system keyring')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;logout' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;worker' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;workers' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;w' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;worker;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;worker;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;workers;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;workers;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;w;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;w;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;worker;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;workers;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;w;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;worker;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;worker;help;list' {
            break
        }
        'everai;worker;help;exec' {
            break
        }
        'everai;worker;help;help' {
            break
        }
        'everai;workers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;workers;help;list' {
            break
        }
        'everai;workers;help;exec' {
            break
        }
        'everai;workers;help;help' {
            break
        }
        'everai;w;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;w;help;list' {
            break
        }
        'everai;w;help;exec' {
            break
        }
        'everai;w;help;help' {
            break
        }
        'everai;config' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;image' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a directory with the Docker engine and push it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;images' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a directory with the Docker engine and push it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;i' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a directory with the Docker engine and push it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;image;build' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The image name, REGISTRY/REPOSITORY[:TAG]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The image name, REGISTRY/REPOSITORY[:TAG]')
            [CompletionResult]::new('--build-arg', '--build-arg', [CompletionResultType]::ParameterName, 'A build argument (KEY alone takes the value of the environment variable KEY)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label of the image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'The target platform, os/arch[/variant] [default: the engine''s own]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Build up to this stage of a multi-stage Dockerfile')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user for the push (with --password-stdin)')
            [CompletionResult]::new('--no-push', '--no-push', [CompletionResultType]::ParameterName, 'Build only: do not push (nothing is recorded)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not use the engine''s build cache')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input (with --username)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;images;build' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The image name, REGISTRY/REPOSITORY[:TAG]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The image name, REGISTRY/REPOSITORY[:TAG]')
            [CompletionResult]::new('--build-arg', '--build-arg', [CompletionResultType]::ParameterName, 'A build argument (KEY alone takes the value of the environment variable KEY)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label of the image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'The target platform, os/arch[/variant] [default: the engine''s own]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Build up to this stage of a multi-stage Dockerfile')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user for the push (with --password-stdin)')
            [CompletionResult]::new('--no-push', '--no-push', [CompletionResultType]::ParameterName, 'Build only: do not push (nothing is recorded)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not use the engine''s build cache')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input (with --username)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;i;build' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The image name, REGISTRY/REPOSITORY[:TAG]')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'The image name, REGISTRY/REPOSITORY[:TAG]')
            [CompletionResult]::new('--build-arg', '--build-arg', [CompletionResultType]::ParameterName, 'A build argument (KEY alone takes the value of the environment variable KEY)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'A label of the image')
            [CompletionResult]::new('--platform', '--platform', [CompletionResultType]::ParameterName, 'The target platform, os/arch[/variant] [default: the engine''s own]')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Build up to this stage of a multi-stage Dockerfile')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Registry user for the push (with --password-stdin)')
            [CompletionResult]::new('--no-push', '--no-push', [CompletionResultType]::ParameterName, 'Build only: do not push (nothing is recorded)')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not use the engine''s build cache')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the registry password from standard input (with --username)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;image;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a directory with the Docker engine and push it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;image;help;build' {
            break
        }
        'everai;image;help;help' {
            break
        }
        'everai;images;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a directory with the Docker engine and push it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;images;help;build' {
            break
        }
        'everai;images;help;help' {
            break
        }
        'everai;i;help' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a directory with the Docker engine and push it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;i;help;build' {
            break
        }
        'everai;i;help;help' {
            break
        }
        'everai;app' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get app information')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an app')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an app, all worker will be stopped')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume an app')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('q', 'q', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('e', 'e', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('workers', 'workers', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('w', 'w', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app on this machine as one worker (same as `everai run`)')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Create the volumes the app manifest requests and push their local copies')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate the app''s autoscaling policy under a load, offline')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get app information')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an app')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an app, all worker will be stopped')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume an app')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('q', 'q', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('e', 'e', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('workers', 'workers', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('w', 'w', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app on this machine as one worker (same as `everai run`)')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Create the volumes the app manifest requests and push their local copies')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate the app''s autoscaling policy under a load, offline')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get app information')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an app')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an app, all worker will be stopped')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume an app')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('q', 'q', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('e', 'e', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('workers', 'workers', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('w', 'w', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app on this machine as one worker (same as `everai run`)')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Create the volumes the app manifest requests and push their local copies')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate the app''s autoscaling policy under a load, offline')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Create app from manifest file (format in yaml)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Create app from manifest file (format in yaml)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'indicate namespace of the app, commandline > yaml file > default')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'indicate namespace of the app, commandline > yaml file > default')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;apps;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Create app from manifest file (format in yaml)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Create app from manifest file (format in yaml)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'indicate namespace of the app, commandline > yaml file > default')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'indicate namespace of the app, commandline > yaml file > default')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;a;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Create app from manifest file (format in yaml)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Create app from manifest file (format in yaml)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'indicate namespace of the app, commandline > yaml file > default')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'indicate namespace of the app, commandline > yaml file > default')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;app;get' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;get' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;get' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;apps;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;a;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;app;pause' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'dry run in client')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;pause' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'dry run in client')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;pause' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'dry run in client')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;resume' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;resume' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;resume' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;list' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'List all apps in specified namespaces')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'List all apps in all namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;queue' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;q' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;queue' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;q' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;queue' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;q' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;events' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;e' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;event' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;events' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;e' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;event' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;events' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;e' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;event' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;worker' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;workers' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;w' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;worker;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;worker;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;workers;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;workers;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;w;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;w;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;worker;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;workers;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;w;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;worker;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;worker;help;list' {
            break
        }
        'everai;app;worker;help;exec' {
            break
        }
        'everai;app;worker;help;help' {
            break
        }
        'everai;app;workers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;workers;help;list' {
            break
        }
        'everai;app;workers;help;exec' {
            break
        }
        'everai;app;workers;help;help' {
            break
        }
        'everai;app;w;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;w;help;list' {
            break
        }
        'everai;app;w;help;exec' {
            break
        }
        'everai;app;w;help;help' {
            break
        }
        'everai;apps;worker' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps;workers' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps;w' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps;worker;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;worker;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;workers;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;workers;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;w;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;w;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;worker;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;workers;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;w;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;worker;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps;worker;help;list' {
            break
        }
        'everai;apps;worker;help;exec' {
            break
        }
        'everai;apps;worker;help;help' {
            break
        }
        'everai;apps;workers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps;workers;help;list' {
            break
        }
        'everai;apps;workers;help;exec' {
            break
        }
        'everai;apps;workers;help;help' {
            break
        }
        'everai;apps;w;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps;w;help;list' {
            break
        }
        'everai;apps;w;help;exec' {
            break
        }
        'everai;apps;w;help;help' {
            break
        }
        'everai;a;worker' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a;workers' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a;w' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a;worker;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;worker;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;workers;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;workers;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;w;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;w;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('--recent-days', '--recent-days', [CompletionResultType]::ParameterName, 'show not running workers who is created in recent days (with --all)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all workers, include deleted and errors')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;worker;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;workers;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;w;exec' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Keep STDIN open and pass it to the command')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('--tty', '--tty', [CompletionResultType]::ParameterName, 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;worker;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a;worker;help;list' {
            break
        }
        'everai;a;worker;help;exec' {
            break
        }
        'everai;a;worker;help;help' {
            break
        }
        'everai;a;workers;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a;workers;help;list' {
            break
        }
        'everai;a;workers;help;exec' {
            break
        }
        'everai;a;workers;help;help' {
            break
        }
        'everai;a;w;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a;w;help;list' {
            break
        }
        'everai;a;w;help;exec' {
            break
        }
        'everai;a;w;help;help' {
            break
        }
        'everai;app;run' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to serve on [default: $EVERAI_PORT, else 80]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve on')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)')
            [CompletionResult]::new('--ready-timeout', '--ready-timeout', [CompletionResultType]::ParameterName, 'Longest wait for the readiness probe, in seconds')
            [CompletionResult]::new('--build', '--build', [CompletionResultType]::ParameterName, 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;run' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to serve on [default: $EVERAI_PORT, else 80]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve on')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)')
            [CompletionResult]::new('--ready-timeout', '--ready-timeout', [CompletionResultType]::ParameterName, 'Longest wait for the readiness probe, in seconds')
            [CompletionResult]::new('--build', '--build', [CompletionResultType]::ParameterName, 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;run' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to serve on [default: $EVERAI_PORT, else 80]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve on')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)')
            [CompletionResult]::new('--ready-timeout', '--ready-timeout', [CompletionResultType]::ParameterName, 'Longest wait for the readiness probe, in seconds')
            [CompletionResult]::new('--build', '--build', [CompletionResultType]::ParameterName, 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;prepare' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest whose volumes to prepare')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The manifest whose volumes to prepare')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;apps;prepare' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest whose volumes to prepare')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The manifest whose volumes to prepare')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;a;prepare' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest whose volumes to prepare')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The manifest whose volumes to prepare')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;app;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest to check')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The manifest to check')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;apps;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest to check')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The manifest to check')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;a;check' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The manifest to check')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The manifest to check')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;app;delete' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;apps;delete' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;a;delete' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete without asking for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;app;upgrade' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Set the app''s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app''s directory (put NAME before a bare --image)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;apps;upgrade' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Set the app''s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app''s directory (put NAME before a bare --image)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;a;upgrade' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Set the app''s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app''s directory (put NAME before a bare --image)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'With --dry-run: yaml (the manifest, default) or json (the request body)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the app as it would be sent, send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;app;simulate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The app manifest whose policy is simulated')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The app manifest whose policy is simulated')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the load lasts (--rate: required; --clients: or --requests)')
            [CompletionResult]::new('--requests', '--requests', [CompletionResultType]::ParameterName, 'With --clients: stop after this many requests in all (like `ab -n`)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the random draws: the same seed gives the same run')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Time from a scale-up to the worker being ready [default: median of the app''s recent workers on the platform, else 2s]')
            [CompletionResult]::new('--tick', '--tick', [CompletionResultType]::ParameterName, 'The scheduler''s tick')
            [CompletionResult]::new('--queue-limit', '--queue-limit', [CompletionResultType]::ParameterName, 'Requests that may wait before new ones get 429')
            [CompletionResult]::new('--queue-timeout', '--queue-timeout', [CompletionResultType]::ParameterName, 'Longest a request waits before it gets 503')
            [CompletionResult]::new('--initial-workers', '--initial-workers', [CompletionResultType]::ParameterName, 'Workers ready when the load starts [default: min_workers]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace''s own times, else 2026-01-01T00:00:00Z]')
            [CompletionResult]::new('--compare', '--compare', [CompletionResultType]::ParameterName, 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;apps;simulate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The app manifest whose policy is simulated')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The app manifest whose policy is simulated')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the load lasts (--rate: required; --clients: or --requests)')
            [CompletionResult]::new('--requests', '--requests', [CompletionResultType]::ParameterName, 'With --clients: stop after this many requests in all (like `ab -n`)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the random draws: the same seed gives the same run')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Time from a scale-up to the worker being ready [default: median of the app''s recent workers on the platform, else 2s]')
            [CompletionResult]::new('--tick', '--tick', [CompletionResultType]::ParameterName, 'The scheduler''s tick')
            [CompletionResult]::new('--queue-limit', '--queue-limit', [CompletionResultType]::ParameterName, 'Requests that may wait before new ones get 429')
            [CompletionResult]::new('--queue-timeout', '--queue-timeout', [CompletionResultType]::ParameterName, 'Longest a request waits before it gets 503')
            [CompletionResult]::new('--initial-workers', '--initial-workers', [CompletionResultType]::ParameterName, 'Workers ready when the load starts [default: min_workers]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace''s own times, else 2026-01-01T00:00:00Z]')
            [CompletionResult]::new('--compare', '--compare', [CompletionResultType]::ParameterName, 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;a;simulate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The app manifest whose policy is simulated')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The app manifest whose policy is simulated')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)')
            [CompletionResult]::new('--clients', '--clients', [CompletionResultType]::ParameterName, 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the load lasts (--rate: required; --clients: or --requests)')
            [CompletionResult]::new('--requests', '--requests', [CompletionResultType]::ParameterName, 'With --clients: stop after this many requests in all (like `ab -n`)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the random draws: the same seed gives the same run')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Time from a scale-up to the worker being ready [default: median of the app''s recent workers on the platform, else 2s]')
            [CompletionResult]::new('--tick', '--tick', [CompletionResultType]::ParameterName, 'The scheduler''s tick')
            [CompletionResult]::new('--queue-limit', '--queue-limit', [CompletionResultType]::ParameterName, 'Requests that may wait before new ones get 429')
            [CompletionResult]::new('--queue-timeout', '--queue-timeout', [CompletionResultType]::ParameterName, 'Longest a request waits before it gets 503')
            [CompletionResult]::new('--initial-workers', '--initial-workers', [CompletionResultType]::ParameterName, 'Workers ready when the load starts [default: min_workers]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace''s own times, else 2026-01-01T00:00:00Z]')
            [CompletionResult]::new('--compare', '--compare', [CompletionResultType]::ParameterName, 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;app;trace' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only requests that arrived in this last span, e.g. 10m')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;apps;trace' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only requests that arrived in this last span, e.g. 10m')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;a;trace' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only requests that arrived in this last span, e.g. 10m')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;app;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get app information')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an app')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an app, all worker will be stopped')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume an app')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app on this machine as one worker (same as `everai run`)')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Create the volumes the app manifest requests and push their local copies')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate the app''s autoscaling policy under a load, offline')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;app;help;create' {
            break
        }
        'everai;app;help;get' {
            break
        }
        'everai;app;help;update' {
            break
        }
        'everai;app;help;pause' {
            break
        }
        'everai;app;help;resume' {
            break
        }
        'everai;app;help;list' {
            break
        }
        'everai;app;help;queue' {
            break
        }
        'everai;app;help;events' {
            break
        }
        'everai;app;help;worker' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            break
        }
        'everai;app;help;worker;list' {
            break
        }
        'everai;app;help;worker;exec' {
            break
        }
        'everai;app;help;run' {
            break
        }
        'everai;app;help;prepare' {
            break
        }
        'everai;app;help;check' {
            break
        }
        'everai;app;help;delete' {
            break
        }
        'everai;app;help;upgrade' {
            break
        }
        'everai;app;help;simulate' {
            break
        }
        'everai;app;help;trace' {
            break
        }
        'everai;app;help;help' {
            break
        }
        'everai;apps;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get app information')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an app')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an app, all worker will be stopped')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume an app')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app on this machine as one worker (same as `everai run`)')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Create the volumes the app manifest requests and push their local copies')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate the app''s autoscaling policy under a load, offline')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;apps;help;create' {
            break
        }
        'everai;apps;help;get' {
            break
        }
        'everai;apps;help;update' {
            break
        }
        'everai;apps;help;pause' {
            break
        }
        'everai;apps;help;resume' {
            break
        }
        'everai;apps;help;list' {
            break
        }
        'everai;apps;help;queue' {
            break
        }
        'everai;apps;help;events' {
            break
        }
        'everai;apps;help;worker' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            break
        }
        'everai;apps;help;worker;list' {
            break
        }
        'everai;apps;help;worker;exec' {
            break
        }
        'everai;apps;help;run' {
            break
        }
        'everai;apps;help;prepare' {
            break
        }
        'everai;apps;help;check' {
            break
        }
        'everai;apps;help;delete' {
            break
        }
        'everai;apps;help;upgrade' {
            break
        }
        'everai;apps;help;simulate' {
            break
        }
        'everai;apps;help;trace' {
            break
        }
        'everai;apps;help;help' {
            break
        }
        'everai;a;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get app information')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an app')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an app, all worker will be stopped')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume an app')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app on this machine as one worker (same as `everai run`)')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Create the volumes the app manifest requests and push their local copies')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate the app''s autoscaling policy under a load, offline')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;a;help;create' {
            break
        }
        'everai;a;help;get' {
            break
        }
        'everai;a;help;update' {
            break
        }
        'everai;a;help;pause' {
            break
        }
        'everai;a;help;resume' {
            break
        }
        'everai;a;help;list' {
            break
        }
        'everai;a;help;queue' {
            break
        }
        'everai;a;help;events' {
            break
        }
        'everai;a;help;worker' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            break
        }
        'everai;a;help;worker;list' {
            break
        }
        'everai;a;help;worker;exec' {
            break
        }
        'everai;a;help;run' {
            break
        }
        'everai;a;help;prepare' {
            break
        }
        'everai;a;help;check' {
            break
        }
        'everai;a;help;delete' {
            break
        }
        'everai;a;help;upgrade' {
            break
        }
        'everai;a;help;simulate' {
            break
        }
        'everai;a;help;trace' {
            break
        }
        'everai;a;help;help' {
            break
        }
        'everai;secret' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;secrets' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;sec' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;s' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;secret;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secrets;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;sec;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;s;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secret;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secrets;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;sec;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;s;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secret;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secret;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secrets;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secrets;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;sec;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;sec;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;s;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;s;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secret;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secrets;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;sec;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;s;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secret;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secrets;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;sec;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;s;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;secret;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;secret;help;create' {
            break
        }
        'everai;secret;help;delete' {
            break
        }
        'everai;secret;help;list' {
            break
        }
        'everai;secret;help;get' {
            break
        }
        'everai;secret;help;update' {
            break
        }
        'everai;secret;help;help' {
            break
        }
        'everai;secrets;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;secrets;help;create' {
            break
        }
        'everai;secrets;help;delete' {
            break
        }
        'everai;secrets;help;list' {
            break
        }
        'everai;secrets;help;get' {
            break
        }
        'everai;secrets;help;update' {
            break
        }
        'everai;secrets;help;help' {
            break
        }
        'everai;sec;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;sec;help;create' {
            break
        }
        'everai;sec;help;delete' {
            break
        }
        'everai;sec;help;list' {
            break
        }
        'everai;sec;help;get' {
            break
        }
        'everai;sec;help;update' {
            break
        }
        'everai;sec;help;help' {
            break
        }
        'everai;s;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;s;help;create' {
            break
        }
        'everai;s;help;delete' {
            break
        }
        'everai;s;help;list' {
            break
        }
        'everai;s;help;get' {
            break
        }
        'everai;s;help;update' {
            break
        }
        'everai;s;help;help' {
            break
        }
        'everai;autoscaler' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to bind to [default: $EVERAI_PORT, else 80; 0 picks a free port]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The interface to bind to')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmap' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;cm' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;configmaps' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;configmap;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;cm;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmaps;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmap;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;cm;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmaps;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmap;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmap;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;cm;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;cm;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmaps;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmaps;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmap;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;cm;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmaps;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmap;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;cm;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmaps;update' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'YAML file {name, data, labels}; secret data values must be base64')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-literal', '--from-literal', [CompletionResultType]::ParameterName, 'One entry KEY=VALUE (split at the first `=`); repeat for more')
            [CompletionResult]::new('--from-env-file', '--from-env-file', [CompletionResultType]::ParameterName, 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the object that would be sent (-o yaml|json) and send nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;configmap;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;configmap;help;create' {
            break
        }
        'everai;configmap;help;delete' {
            break
        }
        'everai;configmap;help;list' {
            break
        }
        'everai;configmap;help;get' {
            break
        }
        'everai;configmap;help;update' {
            break
        }
        'everai;configmap;help;help' {
            break
        }
        'everai;cm;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;cm;help;create' {
            break
        }
        'everai;cm;help;delete' {
            break
        }
        'everai;cm;help;list' {
            break
        }
        'everai;cm;help;get' {
            break
        }
        'everai;cm;help;update' {
            break
        }
        'everai;cm;help;help' {
            break
        }
        'everai;configmaps;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;configmaps;help;create' {
            break
        }
        'everai;configmaps;help;delete' {
            break
        }
        'everai;configmaps;help;list' {
            break
        }
        'everai;configmaps;help;get' {
            break
        }
        'everai;configmaps;help;update' {
            break
        }
        'everai;configmaps;help;help' {
            break
        }
        'everai;resources' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'show available gpus')
            [CompletionResult]::new('--gpus', '--gpus', [CompletionResultType]::ParameterName, 'show available gpus')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'show available cpus')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'show available cpus')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'show available regions')
            [CompletionResult]::new('--regions', '--regions', [CompletionResultType]::ParameterName, 'show available regions')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all available resources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all available resources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;res' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'show available gpus')
            [CompletionResult]::new('--gpus', '--gpus', [CompletionResultType]::ParameterName, 'show available gpus')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'show available cpus')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'show available cpus')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'show available regions')
            [CompletionResult]::new('--regions', '--regions', [CompletionResultType]::ParameterName, 'show available regions')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all available resources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all available resources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;resource' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'show available gpus')
            [CompletionResult]::new('--gpus', '--gpus', [CompletionResultType]::ParameterName, 'show available gpus')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'show available cpus')
            [CompletionResult]::new('--cpus', '--cpus', [CompletionResultType]::ParameterName, 'show available cpus')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'show available regions')
            [CompletionResult]::new('--regions', '--regions', [CompletionResultType]::ParameterName, 'show available regions')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'show all available resources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'show all available resources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volume')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get volume')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull volume')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push volume')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish volume to everyone')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('tr', 'tr', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;volumes' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volume')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get volume')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull volume')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push volume')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish volume to everyone')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('tr', 'tr', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;vol' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volume')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get volume')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull volume')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push volume')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish volume to everyone')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('tr', 'tr', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;volume;create' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;create' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;create' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;delete' {
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Delete the local cache of volume only')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Delete the volume in cloud, and reserve local cache')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete volume both cache and in-cloud')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;delete' {
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Delete the local cache of volume only')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Delete the volume in cloud, and reserve local cache')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete volume both cache and in-cloud')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;delete' {
            [CompletionResult]::new('--local', '--local', [CompletionResultType]::ParameterName, 'Delete the local cache of volume only')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Delete the volume in cloud, and reserve local cache')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Delete volume both cache and in-cloud')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;get' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;get' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;get' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;pull' {
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Download even when the local copy has the cloud revision')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Also delete local files the cloud revision does not have')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;pull' {
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Download even when the local copy has the cloud revision')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Also delete local files the cloud revision does not have')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;pull' {
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Download even when the local copy has the cloud revision')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Also delete local files the cloud revision does not have')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;push' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Compare files present on both sides by size only (no hashing)')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Compare files present on both sides by size only (no hashing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;push' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Compare files present on both sides by size only (no hashing)')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Compare files present on both sides by size only (no hashing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;push' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Compare files present on both sides by size only (no hashing)')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Compare files present on both sides by size only (no hashing)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;publish' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;publish' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;publish' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;tree' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;tr' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;tree' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volumes;tr' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;tree' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;vol;tr' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;volume;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volume')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get volume')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull volume')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push volume')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish volume to everyone')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;volume;help;create' {
            break
        }
        'everai;volume;help;list' {
            break
        }
        'everai;volume;help;delete' {
            break
        }
        'everai;volume;help;get' {
            break
        }
        'everai;volume;help;pull' {
            break
        }
        'everai;volume;help;push' {
            break
        }
        'everai;volume;help;publish' {
            break
        }
        'everai;volume;help;tree' {
            break
        }
        'everai;volume;help;help' {
            break
        }
        'everai;volumes;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volume')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get volume')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull volume')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push volume')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish volume to everyone')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;volumes;help;create' {
            break
        }
        'everai;volumes;help;list' {
            break
        }
        'everai;volumes;help;delete' {
            break
        }
        'everai;volumes;help;get' {
            break
        }
        'everai;volumes;help;pull' {
            break
        }
        'everai;volumes;help;push' {
            break
        }
        'everai;volumes;help;publish' {
            break
        }
        'everai;volumes;help;tree' {
            break
        }
        'everai;volumes;help;help' {
            break
        }
        'everai;vol;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volume')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get volume')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull volume')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push volume')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish volume to everyone')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Tree volume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;vol;help;create' {
            break
        }
        'everai;vol;help;list' {
            break
        }
        'everai;vol;help;delete' {
            break
        }
        'everai;vol;help;get' {
            break
        }
        'everai;vol;help;pull' {
            break
        }
        'everai;vol;help;push' {
            break
        }
        'everai;vol;help;publish' {
            break
        }
        'everai;vol;help;tree' {
            break
        }
        'everai;vol;help;help' {
            break
        }
        'everai;namespace' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the namespace')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;namespaces' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the namespace')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;ns' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the namespace')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;namespace;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespace;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespaces;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespaces;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;ns;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;ns;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespace;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespaces;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;ns;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format, one of: json, yaml, table, wide')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespace;create' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespaces;create' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;ns;create' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespace;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespaces;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;ns;delete' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;namespace;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the namespace')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;namespace;help;list' {
            break
        }
        'everai;namespace;help;get' {
            break
        }
        'everai;namespace;help;create' {
            break
        }
        'everai;namespace;help;delete' {
            break
        }
        'everai;namespace;help;help' {
            break
        }
        'everai;namespaces;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the namespace')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;namespaces;help;list' {
            break
        }
        'everai;namespaces;help;get' {
            break
        }
        'everai;namespaces;help;create' {
            break
        }
        'everai;namespaces;help;delete' {
            break
        }
        'everai;namespaces;help;help' {
            break
        }
        'everai;ns;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the namespace')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;ns;help;list' {
            break
        }
        'everai;ns;help;get' {
            break
        }
        'everai;ns;help;create' {
            break
        }
        'everai;ns;help;delete' {
            break
        }
        'everai;ns;help;help' {
            break
        }
        'everai;version' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;server' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the platform keeps its database and worker files [default: $EVERAI_HOME/server]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token clients must present [default: a random token kept in the data dir]. On the command line it shows in `ps`: prefer EVERAI_SERVER_TOKEN or --token-file')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the API token from this file (its first line)')
            [CompletionResult]::new('--queue-limit', '--queue-limit', [CompletionResultType]::ParameterName, 'Requests that may wait in one app''s queue before new ones get 429 [default: half the client connections the open-file limit allows, at most 1000; 384 under the usual limit of 1024]')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Seconds a client has to send a complete request head, and that an idle keep-alive connection is kept')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Most detailed log lines printed on stderr')
            [CompletionResult]::new('--queue-timeout', '--queue-timeout', [CompletionResultType]::ParameterName, 'Seconds a request may wait in a queue before it gets 503')
            [CompletionResult]::new('--ready-timeout', '--ready-timeout', [CompletionResultType]::ParameterName, 'Seconds a worker may take to pass its readiness probe')
            [CompletionResult]::new('--stop-grace', '--stop-grace', [CompletionResultType]::ParameterName, 'Seconds a stopping worker gets between SIGTERM and SIGKILL')
            [CompletionResult]::new('--session-ttl', '--session-ttl', [CompletionResultType]::ParameterName, 'Seconds a sticky session (x-everai-session-id) stays bound to its worker without requests')
            [CompletionResult]::new('--tick-ms', '--tick-ms', [CompletionResultType]::ParameterName, 'Milliseconds between scheduler ticks (idle time, queue histories)')
            [CompletionResult]::new('--trace-requests', '--trace-requests', [CompletionResultType]::ParameterName, 'Routed requests kept per app (in memory) for `everai app trace`; 0 keeps none')
            [CompletionResult]::new('--volume-max-file-size', '--volume-max-file-size', [CompletionResultType]::ParameterName, 'Largest file a volume may hold, in bytes')
            [CompletionResult]::new('--volume-max-size', '--volume-max-size', [CompletionResultType]::ParameterName, 'Largest total size of one volume revision, in bytes')
            [CompletionResult]::new('--volume-upload-ttl', '--volume-upload-ttl', [CompletionResultType]::ParameterName, 'Seconds an unfinished multipart upload is kept for a push to resume; older ones are removed at start and hourly')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'What runs workers: local processes of spec.command, containers of spec.image on the Docker engine (DOCKER_HOST), or docker when the engine answers at start, else process')
            [CompletionResult]::new('--no-login', '--no-login', [CompletionResultType]::ParameterName, 'Do not store the endpoint and token as this CLI''s login')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'everai;run' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'The app manifest')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to serve on [default: $EVERAI_PORT, else 80]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve on')
            [CompletionResult]::new('--runtime', '--runtime', [CompletionResultType]::ParameterName, 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)')
            [CompletionResult]::new('--ready-timeout', '--ready-timeout', [CompletionResultType]::ParameterName, 'Longest wait for the readiness probe, in seconds')
            [CompletionResult]::new('--build', '--build', [CompletionResultType]::ParameterName, 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;completion' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'everai;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Login; store a token (get one at https://everai.expvent.com)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Logout: forget the stored token')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Print current configuration')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image management: build and push')
            [CompletionResult]::new('app', 'app', [CompletionResultType]::ParameterValue, 'Manage app')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Manage secrets')
            [CompletionResult]::new('autoscaler', 'autoscaler', [CompletionResultType]::ParameterValue, 'Run the autoscaler service')
            [CompletionResult]::new('configmap', 'configmap', [CompletionResultType]::ParameterValue, 'Manage configmaps')
            [CompletionResult]::new('resources', 'resources', [CompletionResultType]::ParameterValue, 'Show available resources')
            [CompletionResult]::new('volume', 'volume', [CompletionResultType]::ParameterValue, 'Manage volume')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Manage the namespaces')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Show package and client version')
            [CompletionResult]::new('server', 'server', [CompletionResultType]::ParameterValue, 'Run the local EverAI platform (REST API, routes, workers, autoscaling)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app of ./app.yaml on this machine as one worker')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'everai;help;login' {
            break
        }
        'everai;help;logout' {
            break
        }
        'everai;help;worker' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            break
        }
        'everai;help;worker;list' {
            break
        }
        'everai;help;worker;exec' {
            break
        }
        'everai;help;config' {
            break
        }
        'everai;help;image' {
            [CompletionResult]::new('build', 'build', [CompletionResultType]::ParameterValue, 'Build an image from a directory with the Docker engine and push it')
            break
        }
        'everai;help;image;build' {
            break
        }
        'everai;help;app' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an app')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get app information')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update an app')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Pause an app, all worker will be stopped')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume an app')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List apps')
            [CompletionResult]::new('queue', 'queue', [CompletionResultType]::ParameterValue, 'List queue of app')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events of app')
            [CompletionResult]::new('worker', 'worker', [CompletionResultType]::ParameterValue, 'Manage the worker of app')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the app on this machine as one worker (same as `everai run`)')
            [CompletionResult]::new('prepare', 'prepare', [CompletionResultType]::ParameterValue, 'Create the volumes the app manifest requests and push their local copies')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an app')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate the app''s autoscaling policy under a load, offline')
            [CompletionResult]::new('trace', 'trace', [CompletionResultType]::ParameterValue, 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`')
            break
        }
        'everai;help;app;create' {
            break
        }
        'everai;help;app;get' {
            break
        }
        'everai;help;app;update' {
            break
        }
        'everai;help;app;pause' {
            break
        }
        'everai;help;app;resume' {
            break
        }
        'everai;help;app;list' {
            break
        }
        'everai;help;app;queue' {
            break
        }
        'everai;help;app;events' {
            break
        }
        'everai;help;app;worker' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List workers of app')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command in a running worker')
            break
        }
        'everai;help;app;worker;list' {
            break
        }
        'everai;help;app;worker;exec' {
            break
        }
        'everai;help;app;run' {
            break
        }
        'everai;help;app;prepare' {
            break
        }
        'everai;help;app;check' {
            break
        }
        'everai;help;app;delete' {
            break
        }
        'everai;help;app;upgrade' {
            break
        }
        'everai;help;app;simulate' {
            break
        }
        'everai;help;app;trace' {
            break
        }
        'everai;help;secret' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            break
        }
        'everai;help;secret;create' {
            break
        }
        'everai;help;secret;delete' {
            break
        }
        'everai;help;secret;list' {
            break
        }
        'everai;help;secret;get' {
            break
        }
        'everai;help;secret;update' {
            break
        }
        'everai;help;autoscaler' {
            break
        }
        'everai;help;configmap' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from a file, literal strings or an env file')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete one by name')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by name')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items')
            break
        }
        'everai;help;configmap;create' {
            break
        }
        'everai;help;configmap;delete' {
            break
        }
        'everai;help;configmap;list' {
            break
        }
        'everai;help;configmap;get' {
            break
        }
        'everai;help;configmap;update' {
            break
        }
        'everai;help;resources' {
            break
        }
        'everai;help;volume' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create volume')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List volume')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete volume')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get volume')
            [CompletionResult]::new('pull', 'pull', [CompletionResultType]::ParameterValue, 'Pull volume')
            [CompletionResult]::new('push', 'push', [CompletionResultType]::ParameterValue, 'Push volume')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish volume to everyone')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Tree volume')
            break
        }
        'everai;help;volume;create' {
            break
        }
        'everai;help;volume;list' {
            break
        }
        'everai;help;volume;delete' {
            break
        }
        'everai;help;volume;get' {
            break
        }
        'everai;help;volume;pull' {
            break
        }
        'everai;help;volume;push' {
            break
        }
        'everai;help;volume;publish' {
            break
        }
        'everai;help;volume;tree' {
            break
        }
        'everai;help;namespace' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the namespaces')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get the namespace')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a namespace')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a namespace')
            break
        }
        'everai;help;namespace;list' {
            break
        }
        'everai;help;namespace;get' {
            break
        }
        'everai;help;namespace;create' {
            break
        }
        'everai;help;namespace;delete' {
            break
        }
        'everai;help;version' {
            break
        }
        'everai;help;server' {
            break
        }
        'everai;help;run' {
            break
        }
        'everai;help;completion' {
            break
        }
        'everai;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
