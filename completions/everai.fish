# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_everai_global_optspecs
    string join \n v/verbose h/help
end

function __fish_everai_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_everai_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_everai_using_subcommand
    set -l cmd (__fish_everai_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c everai -n "__fish_everai_needs_command" -s v -l verbose -d 'Verbose output'
complete -c everai -n "__fish_everai_needs_command" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_needs_command" -f -a "login" -d 'Login; store a token (get one at https://everai.expvent.com)'
complete -c everai -n "__fish_everai_needs_command" -f -a "logout" -d 'Logout: forget the stored token'
complete -c everai -n "__fish_everai_needs_command" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_needs_command" -f -a "workers" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_needs_command" -f -a "w" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_needs_command" -f -a "config" -d 'Print current configuration'
complete -c everai -n "__fish_everai_needs_command" -f -a "image" -d 'Image management: build and push'
complete -c everai -n "__fish_everai_needs_command" -f -a "images" -d 'Image management: build and push'
complete -c everai -n "__fish_everai_needs_command" -f -a "i" -d 'Image management: build and push'
complete -c everai -n "__fish_everai_needs_command" -f -a "app" -d 'Manage app'
complete -c everai -n "__fish_everai_needs_command" -f -a "apps" -d 'Manage app'
complete -c everai -n "__fish_everai_needs_command" -f -a "a" -d 'Manage app'
complete -c everai -n "__fish_everai_needs_command" -f -a "secret" -d 'Manage secrets'
complete -c everai -n "__fish_everai_needs_command" -f -a "secrets" -d 'Manage secrets'
complete -c everai -n "__fish_everai_needs_command" -f -a "sec" -d 'Manage secrets'
complete -c everai -n "__fish_everai_needs_command" -f -a "s" -d 'Manage secrets'
complete -c everai -n "__fish_everai_needs_command" -f -a "autoscaler" -d 'Run the autoscaler service'
complete -c everai -n "__fish_everai_needs_command" -f -a "configmap" -d 'Manage configmaps'
complete -c everai -n "__fish_everai_needs_command" -f -a "cm" -d 'Manage configmaps'
complete -c everai -n "__fish_everai_needs_command" -f -a "configmaps" -d 'Manage configmaps'
complete -c everai -n "__fish_everai_needs_command" -f -a "resources" -d 'Show available resources'
complete -c everai -n "__fish_everai_needs_command" -f -a "res" -d 'Show available resources'
complete -c everai -n "__fish_everai_needs_command" -f -a "resource" -d 'Show available resources'
complete -c everai -n "__fish_everai_needs_command" -f -a "volume" -d 'Manage volume'
complete -c everai -n "__fish_everai_needs_command" -f -a "volumes" -d 'Manage volume'
complete -c everai -n "__fish_everai_needs_command" -f -a "vol" -d 'Manage volume'
complete -c everai -n "__fish_everai_needs_command" -f -a "namespace" -d 'Manage the namespaces'
complete -c everai -n "__fish_everai_needs_command" -f -a "namespaces" -d 'Manage the namespaces'
complete -c everai -n "__fish_everai_needs_command" -f -a "ns" -d 'Manage the namespaces'
complete -c everai -n "__fish_everai_needs_command" -f -a "version" -d 'Show package and client version'
complete -c everai -n "__fish_everai_needs_command" -f -a "server" -d 'Run the local EverAI platform (REST API, routes, workers, autoscaling)'
complete -c everai -n "__fish_everai_needs_command" -f -a "run" -d 'Run the app of ./app.yaml on this machine as one worker'
complete -c everai -n "__fish_everai_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c everai -n "__fish_everai_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand login" -l token -d 'Token from EverAI; `-` reads it from standard input' -r
complete -c everai -n "__fish_everai_using_subcommand login" -l endpoint -d 'API endpoint to use from now on (default: the hosted platform)' -r
complete -c everai -n "__fish_everai_using_subcommand login" -l insecure-storage -d 'Store the token in a file (0600) instead of the system keyring'
complete -c everai -n "__fish_everai_using_subcommand login" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand logout" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand worker; and not __fish_seen_subcommand_from list ls exec help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand worker; and not __fish_seen_subcommand_from list ls exec help" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand worker; and not __fish_seen_subcommand_from list ls exec help" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand worker; and not __fish_seen_subcommand_from list ls exec help" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand worker; and not __fish_seen_subcommand_from list ls exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from list" -s d -l recent-days -d 'show not running workers who is created in recent days (with --all)' -r
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from list" -s n -l namespace -d 'namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from list" -s a -l all -d 'show all workers, include deleted and errors'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from list" -s w -l watch -d 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from ls" -s d -l recent-days -d 'show not running workers who is created in recent days (with --all)' -r
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from ls" -s a -l all -d 'show all workers, include deleted and errors'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from ls" -s w -l watch -d 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open and pass it to the command'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from help" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand worker; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand workers; and not __fish_seen_subcommand_from list ls exec help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand workers; and not __fish_seen_subcommand_from list ls exec help" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand workers; and not __fish_seen_subcommand_from list ls exec help" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand workers; and not __fish_seen_subcommand_from list ls exec help" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand workers; and not __fish_seen_subcommand_from list ls exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from list" -s d -l recent-days -d 'show not running workers who is created in recent days (with --all)' -r
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from list" -s n -l namespace -d 'namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from list" -s a -l all -d 'show all workers, include deleted and errors'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from list" -s w -l watch -d 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from ls" -s d -l recent-days -d 'show not running workers who is created in recent days (with --all)' -r
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from ls" -s a -l all -d 'show all workers, include deleted and errors'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from ls" -s w -l watch -d 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open and pass it to the command'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand workers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand w; and not __fish_seen_subcommand_from list ls exec help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand w; and not __fish_seen_subcommand_from list ls exec help" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand w; and not __fish_seen_subcommand_from list ls exec help" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand w; and not __fish_seen_subcommand_from list ls exec help" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand w; and not __fish_seen_subcommand_from list ls exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from list" -s d -l recent-days -d 'show not running workers who is created in recent days (with --all)' -r
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from list" -s n -l namespace -d 'namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from list" -s a -l all -d 'show all workers, include deleted and errors'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from list" -s w -l watch -d 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from ls" -s d -l recent-days -d 'show not running workers who is created in recent days (with --all)' -r
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from ls" -s a -l all -d 'show all workers, include deleted and errors'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from ls" -s w -l watch -d 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep STDIN open and pass it to the command'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand w; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand config" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand image; and not __fish_seen_subcommand_from build help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand image; and not __fish_seen_subcommand_from build help" -f -a "build" -d 'Build an image from a directory with the Docker engine and push it'
complete -c everai -n "__fish_everai_using_subcommand image; and not __fish_seen_subcommand_from build help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]' -r -F
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'The image name, REGISTRY/REPOSITORY[:TAG]' -r
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument (KEY alone takes the value of the environment variable KEY)' -r
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'A label of the image' -r
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'The target platform, os/arch[/variant] [default: the engine\'s own]' -r
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Build up to this stage of a multi-stage Dockerfile' -r
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l username -d 'Registry user for the push (with --password-stdin)' -r
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l no-push -d 'Build only: do not push (nothing is recorded)'
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the engine\'s build cache'
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -l password-stdin -d 'Read the registry password from standard input (with --username)'
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a directory with the Docker engine and push it'
complete -c everai -n "__fish_everai_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand images; and not __fish_seen_subcommand_from build help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand images; and not __fish_seen_subcommand_from build help" -f -a "build" -d 'Build an image from a directory with the Docker engine and push it'
complete -c everai -n "__fish_everai_using_subcommand images; and not __fish_seen_subcommand_from build help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -s f -l file -d 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]' -r -F
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -s t -l tag -d 'The image name, REGISTRY/REPOSITORY[:TAG]' -r
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument (KEY alone takes the value of the environment variable KEY)' -r
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l label -d 'A label of the image' -r
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l platform -d 'The target platform, os/arch[/variant] [default: the engine\'s own]' -r
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l target -d 'Build up to this stage of a multi-stage Dockerfile' -r
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l username -d 'Registry user for the push (with --password-stdin)' -r
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l no-push -d 'Build only: do not push (nothing is recorded)'
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the engine\'s build cache'
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -l password-stdin -d 'Read the registry password from standard input (with --username)'
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a directory with the Docker engine and push it'
complete -c everai -n "__fish_everai_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand i; and not __fish_seen_subcommand_from build help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand i; and not __fish_seen_subcommand_from build help" -f -a "build" -d 'Build an image from a directory with the Docker engine and push it'
complete -c everai -n "__fish_everai_using_subcommand i; and not __fish_seen_subcommand_from build help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -s f -l file -d 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]' -r -F
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -s t -l tag -d 'The image name, REGISTRY/REPOSITORY[:TAG]' -r
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument (KEY alone takes the value of the environment variable KEY)' -r
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l label -d 'A label of the image' -r
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l platform -d 'The target platform, os/arch[/variant] [default: the engine\'s own]' -r
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l target -d 'Build up to this stage of a multi-stage Dockerfile' -r
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l username -d 'Registry user for the push (with --password-stdin)' -r
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l no-push -d 'Build only: do not push (nothing is recorded)'
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l no-cache -d 'Do not use the engine\'s build cache'
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -l password-stdin -d 'Read the registry password from standard input (with --username)'
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a directory with the Docker engine and push it'
complete -c everai -n "__fish_everai_using_subcommand i; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "create" -d 'Create an app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "get" -d 'Get app information'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "update" -d 'Update an app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "pause" -d 'Pause an app, all worker will be stopped'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "resume" -d 'Resume an app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "list" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "ls" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "queue" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "q" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "events" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "e" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "event" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "workers" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "w" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "run" -d 'Run the app on this machine as one worker (same as `everai run`)'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "prepare" -d 'Create the volumes the app manifest requests and push their local copies'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "check" -d 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "delete" -d 'Delete an app'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "upgrade" -d 'Update an app (earlier clients\' command): from the manifest like `app update`, or set its image with --image IMAGE'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "simulate" -d 'Simulate the app\'s autoscaling policy under a load, offline'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "trace" -d 'Export the app\'s recent routed requests as JSON lines, for `app simulate --trace`'
complete -c everai -n "__fish_everai_using_subcommand app; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from create" -s f -l from-file -d 'Create app from manifest file (format in yaml)' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from create" -s n -l namespace -d 'indicate namespace of the app, commandline > yaml file > default' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from create" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from get" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from update" -s f -l from-file -d 'Update app from manifest file (format in yaml)' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from update" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from pause" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from pause" -l dry-run -d 'dry run in client'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from resume" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from list" -s n -l namespace -d 'List all apps in specified namespaces' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from list" -s A -l all-namespaces -d 'List all apps in all namespaces'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'List all apps in specified namespaces' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from ls" -s A -l all-namespaces -d 'List all apps in all namespaces'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from queue" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from queue" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from queue" -s w -l watch -d 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from queue" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from q" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from q" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from q" -s w -l watch -d 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from q" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from events" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from events" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from e" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from e" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from e" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from event" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from event" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from event" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from worker" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from worker" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from worker" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from worker" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from worker" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from workers" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from workers" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from workers" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from workers" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from workers" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from w" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from w" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from w" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from w" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from w" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from run" -s f -l from-file -d 'The app manifest' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from run" -l port -d 'Port to serve on [default: $EVERAI_PORT, else 80]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from run" -l listen -d 'Address to serve on' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from run" -l runtime -d 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)' -r -f -a "auto\t''
docker\t''
process\t''"
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from run" -l ready-timeout -d 'Longest wait for the readiness probe, in seconds' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from run" -l build -d 'Build the image first (as `everai image build --no-push` in the manifest\'s directory), then run it as a container'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from prepare" -s f -l from-file -d 'The manifest whose volumes to prepare' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from prepare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from check" -s f -l from-file -d 'The manifest to check' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from delete" -l force -d 'Delete without asking for confirmation'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from upgrade" -s n -l namespace -d 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from upgrade" -l image -d 'Set the app\'s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app\'s directory (put NAME before a bare --image)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from upgrade" -s f -l from-file -d 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from upgrade" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -s f -l from-file -d 'The app manifest whose policy is simulated' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l set -d 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l trace -d 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l clients -d 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l rate -d 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l duration -d 'How long the load lasts (--rate: required; --clients: or --requests)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l requests -d 'With --clients: stop after this many requests in all (like `ab -n`)' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l service -d 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l seed -d 'Seed of the random draws: the same seed gives the same run' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l start-time -d 'Time from a scale-up to the worker being ready [default: median of the app\'s recent workers on the platform, else 2s]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l tick -d 'The scheduler\'s tick' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l queue-limit -d 'Requests that may wait before new ones get 429' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l queue-timeout -d 'Longest a request waits before it gets 503' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l initial-workers -d 'Workers ready when the load starts [default: min_workers]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l start -d 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace\'s own times, else 2026-01-01T00:00:00Z]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l compare -d 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -l plot -d 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set' -r -F
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from trace" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from trace" -l since -d 'Only requests that arrived in this last span, e.g. 10m' -r
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from trace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get app information'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause an app, all worker will be stopped'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume an app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "list" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "queue" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "events" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the app on this machine as one worker (same as `everai run`)'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "prepare" -d 'Create the volumes the app manifest requests and push their local copies'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an app'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Update an app (earlier clients\' command): from the manifest like `app update`, or set its image with --image IMAGE'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "simulate" -d 'Simulate the app\'s autoscaling policy under a load, offline'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "trace" -d 'Export the app\'s recent routed requests as JSON lines, for `app simulate --trace`'
complete -c everai -n "__fish_everai_using_subcommand app; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "create" -d 'Create an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "get" -d 'Get app information'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "update" -d 'Update an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "pause" -d 'Pause an app, all worker will be stopped'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "resume" -d 'Resume an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "list" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "ls" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "queue" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "q" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "events" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "e" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "event" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "workers" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "w" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "run" -d 'Run the app on this machine as one worker (same as `everai run`)'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "prepare" -d 'Create the volumes the app manifest requests and push their local copies'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "check" -d 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "delete" -d 'Delete an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "upgrade" -d 'Update an app (earlier clients\' command): from the manifest like `app update`, or set its image with --image IMAGE'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "simulate" -d 'Simulate the app\'s autoscaling policy under a load, offline'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "trace" -d 'Export the app\'s recent routed requests as JSON lines, for `app simulate --trace`'
complete -c everai -n "__fish_everai_using_subcommand apps; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from create" -s f -l from-file -d 'Create app from manifest file (format in yaml)' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from create" -s n -l namespace -d 'indicate namespace of the app, commandline > yaml file > default' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from create" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from get" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from update" -s f -l from-file -d 'Update app from manifest file (format in yaml)' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from update" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from pause" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from pause" -l dry-run -d 'dry run in client'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from resume" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from list" -s n -l namespace -d 'List all apps in specified namespaces' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from list" -s A -l all-namespaces -d 'List all apps in all namespaces'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'List all apps in specified namespaces' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from ls" -s A -l all-namespaces -d 'List all apps in all namespaces'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from queue" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from queue" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from queue" -s w -l watch -d 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from queue" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from q" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from q" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from q" -s w -l watch -d 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from q" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from events" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from events" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from e" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from e" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from e" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from event" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from event" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from event" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from worker" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from worker" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from worker" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from worker" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from worker" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from workers" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from workers" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from workers" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from workers" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from workers" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from w" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from w" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from w" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from w" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from w" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from run" -s f -l from-file -d 'The app manifest' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from run" -l port -d 'Port to serve on [default: $EVERAI_PORT, else 80]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from run" -l listen -d 'Address to serve on' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from run" -l runtime -d 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)' -r -f -a "auto\t''
docker\t''
process\t''"
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from run" -l ready-timeout -d 'Longest wait for the readiness probe, in seconds' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from run" -l build -d 'Build the image first (as `everai image build --no-push` in the manifest\'s directory), then run it as a container'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from prepare" -s f -l from-file -d 'The manifest whose volumes to prepare' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from prepare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from check" -s f -l from-file -d 'The manifest to check' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from delete" -l force -d 'Delete without asking for confirmation'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from upgrade" -s n -l namespace -d 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from upgrade" -l image -d 'Set the app\'s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app\'s directory (put NAME before a bare --image)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from upgrade" -s f -l from-file -d 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from upgrade" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -s f -l from-file -d 'The app manifest whose policy is simulated' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l set -d 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l trace -d 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l clients -d 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l rate -d 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l duration -d 'How long the load lasts (--rate: required; --clients: or --requests)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l requests -d 'With --clients: stop after this many requests in all (like `ab -n`)' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l service -d 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l seed -d 'Seed of the random draws: the same seed gives the same run' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l start-time -d 'Time from a scale-up to the worker being ready [default: median of the app\'s recent workers on the platform, else 2s]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l tick -d 'The scheduler\'s tick' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l queue-limit -d 'Requests that may wait before new ones get 429' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l queue-timeout -d 'Longest a request waits before it gets 503' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l initial-workers -d 'Workers ready when the load starts [default: min_workers]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l start -d 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace\'s own times, else 2026-01-01T00:00:00Z]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l compare -d 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -l plot -d 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set' -r -F
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from trace" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from trace" -l since -d 'Only requests that arrived in this last span, e.g. 10m' -r
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from trace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get app information'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause an app, all worker will be stopped'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "list" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "queue" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "events" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the app on this machine as one worker (same as `everai run`)'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "prepare" -d 'Create the volumes the app manifest requests and push their local copies'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an app'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Update an app (earlier clients\' command): from the manifest like `app update`, or set its image with --image IMAGE'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "simulate" -d 'Simulate the app\'s autoscaling policy under a load, offline'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "trace" -d 'Export the app\'s recent routed requests as JSON lines, for `app simulate --trace`'
complete -c everai -n "__fish_everai_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "create" -d 'Create an app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "get" -d 'Get app information'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "update" -d 'Update an app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "pause" -d 'Pause an app, all worker will be stopped'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "resume" -d 'Resume an app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "list" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "ls" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "queue" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "q" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "events" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "e" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "event" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "workers" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "w" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "run" -d 'Run the app on this machine as one worker (same as `everai run`)'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "prepare" -d 'Create the volumes the app manifest requests and push their local copies'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "check" -d 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "delete" -d 'Delete an app'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "upgrade" -d 'Update an app (earlier clients\' command): from the manifest like `app update`, or set its image with --image IMAGE'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "simulate" -d 'Simulate the app\'s autoscaling policy under a load, offline'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "trace" -d 'Export the app\'s recent routed requests as JSON lines, for `app simulate --trace`'
complete -c everai -n "__fish_everai_using_subcommand a; and not __fish_seen_subcommand_from create get update pause resume list ls queue q events e event worker workers w run prepare check delete upgrade simulate trace help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from create" -s f -l from-file -d 'Create app from manifest file (format in yaml)' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from create" -s n -l namespace -d 'indicate namespace of the app, commandline > yaml file > default' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from create" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from get" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from update" -s f -l from-file -d 'Update app from manifest file (format in yaml)' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from update" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from pause" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from pause" -l dry-run -d 'dry run in client'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from resume" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from list" -s n -l namespace -d 'List all apps in specified namespaces' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from list" -s A -l all-namespaces -d 'List all apps in all namespaces'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'List all apps in specified namespaces' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from ls" -s A -l all-namespaces -d 'List all apps in all namespaces'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from queue" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from queue" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from queue" -s w -l watch -d 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from queue" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from q" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from q" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from q" -s w -l watch -d 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from q" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from events" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from events" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from e" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from e" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from e" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from event" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from event" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from event" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from worker" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from worker" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from worker" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from worker" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from worker" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from workers" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from workers" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from workers" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from workers" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from workers" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from w" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from w" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from w" -f -a "ls" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from w" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from w" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from run" -s f -l from-file -d 'The app manifest' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from run" -l port -d 'Port to serve on [default: $EVERAI_PORT, else 80]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from run" -l listen -d 'Address to serve on' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from run" -l runtime -d 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)' -r -f -a "auto\t''
docker\t''
process\t''"
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from run" -l ready-timeout -d 'Longest wait for the readiness probe, in seconds' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from run" -l build -d 'Build the image first (as `everai image build --no-push` in the manifest\'s directory), then run it as a container'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from prepare" -s f -l from-file -d 'The manifest whose volumes to prepare' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from prepare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from check" -s f -l from-file -d 'The manifest to check' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from delete" -l force -d 'Delete without asking for confirmation'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from upgrade" -s n -l namespace -d 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from upgrade" -l image -d 'Set the app\'s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app\'s directory (put NAME before a bare --image)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from upgrade" -s f -l from-file -d 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from upgrade" -s o -l output -d 'With --dry-run: yaml (the manifest, default) or json (the request body)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Print the app as it would be sent, send nothing'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -s f -l from-file -d 'The app manifest whose policy is simulated' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l set -d 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l trace -d 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l clients -d 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l rate -d 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l duration -d 'How long the load lasts (--rate: required; --clients: or --requests)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l requests -d 'With --clients: stop after this many requests in all (like `ab -n`)' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l service -d 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l seed -d 'Seed of the random draws: the same seed gives the same run' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l start-time -d 'Time from a scale-up to the worker being ready [default: median of the app\'s recent workers on the platform, else 2s]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l tick -d 'The scheduler\'s tick' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l queue-limit -d 'Requests that may wait before new ones get 429' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l queue-timeout -d 'Longest a request waits before it gets 503' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l initial-workers -d 'Workers ready when the load starts [default: min_workers]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l start -d 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace\'s own times, else 2026-01-01T00:00:00Z]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l compare -d 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -l plot -d 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set' -r -F
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from trace" -s n -l namespace -d 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from trace" -l since -d 'Only requests that arrived in this last span, e.g. 10m' -r
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from trace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get app information'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause an app, all worker will be stopped'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume an app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "list" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "queue" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "events" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the app on this machine as one worker (same as `everai run`)'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "prepare" -d 'Create the volumes the app manifest requests and push their local copies'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an app'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Update an app (earlier clients\' command): from the manifest like `app update`, or set its image with --image IMAGE'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "simulate" -d 'Simulate the app\'s autoscaling policy under a load, offline'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "trace" -d 'Export the app\'s recent routed requests as JSON lines, for `app simulate --trace`'
complete -c everai -n "__fish_everai_using_subcommand a; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "ls" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand secret; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from create" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from create" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from create" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from update" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from update" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from update" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "ls" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand secrets; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from create" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from create" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from create" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from update" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from update" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from update" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand secrets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "ls" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand sec; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from create" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from create" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from create" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from update" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from update" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from update" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand sec; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "ls" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand s; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from create" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from create" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from create" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from update" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from update" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from update" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand s; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand autoscaler" -l port -d 'The port to bind to [default: $EVERAI_PORT, else 80; 0 picks a free port]' -r
complete -c everai -n "__fish_everai_using_subcommand autoscaler" -l listen -d 'The interface to bind to' -r
complete -c everai -n "__fish_everai_using_subcommand autoscaler" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "ls" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand configmap; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from create" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from create" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from create" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from update" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from update" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from update" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand configmap; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "ls" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand cm; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from create" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from create" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from create" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from update" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from update" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from update" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand cm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "ls" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and not __fish_seen_subcommand_from create delete list ls get update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from create" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from create" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from create" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from update" -s f -l from-file -d 'YAML file {name, data, labels}; secret data values must be base64' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from update" -s l -l from-literal -d 'One entry KEY=VALUE (split at the first `=`); repeat for more' -r
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from update" -l from-env-file -d 'File of KEY=VALUE lines (kubectl\'s env-file form); repeatable' -r -F
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the object that would be sent (-o yaml|json) and send nothing'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from help" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand configmaps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand resources" -s g -l gpus -d 'show available gpus'
complete -c everai -n "__fish_everai_using_subcommand resources" -s c -l cpus -d 'show available cpus'
complete -c everai -n "__fish_everai_using_subcommand resources" -s r -l regions -d 'show available regions'
complete -c everai -n "__fish_everai_using_subcommand resources" -s a -l all -d 'show all available resources'
complete -c everai -n "__fish_everai_using_subcommand resources" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand res" -s g -l gpus -d 'show available gpus'
complete -c everai -n "__fish_everai_using_subcommand res" -s c -l cpus -d 'show available cpus'
complete -c everai -n "__fish_everai_using_subcommand res" -s r -l regions -d 'show available regions'
complete -c everai -n "__fish_everai_using_subcommand res" -s a -l all -d 'show all available resources'
complete -c everai -n "__fish_everai_using_subcommand res" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand resource" -s g -l gpus -d 'show available gpus'
complete -c everai -n "__fish_everai_using_subcommand resource" -s c -l cpus -d 'show available cpus'
complete -c everai -n "__fish_everai_using_subcommand resource" -s r -l regions -d 'show available regions'
complete -c everai -n "__fish_everai_using_subcommand resource" -s a -l all -d 'show all available resources'
complete -c everai -n "__fish_everai_using_subcommand resource" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "create" -d 'Create volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "list" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "ls" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "delete" -d 'Delete volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "get" -d 'Get volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "pull" -d 'Pull volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "push" -d 'Push volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "publish" -d 'Publish volume to everyone'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "tree" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "tr" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from delete" -l local -d 'Delete the local cache of volume only'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from delete" -l cloud -d 'Delete the volume in cloud, and reserve local cache'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from delete" -l all -d 'Delete volume both cache and in-cloud'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from pull" -l force -d 'Download even when the local copy has the cloud revision'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from pull" -l sync -d 'Also delete local files the cloud revision does not have'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from push" -s u -l update -d 'Compare files present on both sides by size only (no hashing)'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from tr" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "list" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish volume to everyone'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "tree" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "create" -d 'Create volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "list" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "ls" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "delete" -d 'Delete volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "get" -d 'Get volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "pull" -d 'Pull volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "push" -d 'Push volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "publish" -d 'Publish volume to everyone'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "tree" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "tr" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from delete" -l local -d 'Delete the local cache of volume only'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from delete" -l cloud -d 'Delete the volume in cloud, and reserve local cache'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from delete" -l all -d 'Delete volume both cache and in-cloud'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from pull" -l force -d 'Download even when the local copy has the cloud revision'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from pull" -l sync -d 'Also delete local files the cloud revision does not have'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from push" -s u -l update -d 'Compare files present on both sides by size only (no hashing)'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from tr" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "list" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish volume to everyone'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "tree" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand volumes; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "create" -d 'Create volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "list" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "ls" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "delete" -d 'Delete volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "get" -d 'Get volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "pull" -d 'Pull volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "push" -d 'Push volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "publish" -d 'Publish volume to everyone'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "tree" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "tr" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and not __fish_seen_subcommand_from create list ls delete get pull push publish tree tr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from delete" -l local -d 'Delete the local cache of volume only'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from delete" -l cloud -d 'Delete the volume in cloud, and reserve local cache'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from delete" -l all -d 'Delete volume both cache and in-cloud'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from pull" -l force -d 'Download even when the local copy has the cloud revision'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from pull" -l sync -d 'Also delete local files the cloud revision does not have'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from push" -s u -l update -d 'Compare files present on both sides by size only (no hashing)'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from tr" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "list" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "pull" -d 'Pull volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "push" -d 'Push volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish volume to everyone'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "tree" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand vol; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand namespace; and not __fish_seen_subcommand_from list ls get create delete help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespace; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "list" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand namespace; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "ls" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand namespace; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "get" -d 'Get the namespace'
complete -c everai -n "__fish_everai_using_subcommand namespace; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "create" -d 'Create a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespace; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "delete" -d 'Delete a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespace; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get the namespace'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespace; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and not __fish_seen_subcommand_from list ls get create delete help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "list" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "ls" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "get" -d 'Get the namespace'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "create" -d 'Create a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "delete" -d 'Delete a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get the namespace'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a namespace'
complete -c everai -n "__fish_everai_using_subcommand namespaces; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand ns; and not __fish_seen_subcommand_from list ls get create delete help" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand ns; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "list" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand ns; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "ls" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand ns; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "get" -d 'Get the namespace'
complete -c everai -n "__fish_everai_using_subcommand ns; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "create" -d 'Create a namespace'
complete -c everai -n "__fish_everai_using_subcommand ns; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "delete" -d 'Delete a namespace'
complete -c everai -n "__fish_everai_using_subcommand ns; and not __fish_seen_subcommand_from list ls get create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format, one of: json, yaml, table, wide' -r
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get the namespace'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a namespace'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a namespace'
complete -c everai -n "__fish_everai_using_subcommand ns; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand version" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand server" -l listen -d 'Address to listen on (port 0 picks a free port)' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l data-dir -d 'Where the platform keeps its database and worker files [default: $EVERAI_HOME/server]' -r -F
complete -c everai -n "__fish_everai_using_subcommand server" -l token -d 'API token clients must present [default: a random token kept in the data dir]. On the command line it shows in `ps`: prefer EVERAI_SERVER_TOKEN or --token-file' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l token-file -d 'Read the API token from this file (its first line)' -r -F
complete -c everai -n "__fish_everai_using_subcommand server" -l queue-limit -d 'Requests that may wait in one app\'s queue before new ones get 429 [default: half the client connections the open-file limit allows, at most 1000; 384 under the usual limit of 1024]' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l header-timeout -d 'Seconds a client has to send a complete request head, and that an idle keep-alive connection is kept' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l log-level -d 'Most detailed log lines printed on stderr' -r -f -a "off\t'Nothing is logged'
error\t'Failures of the server itself (5xx answers, a listener error)'
warn\t'Failures of a worker or a client that the operator may act on'
info\t'4xx answers, worker starts and stops'"
complete -c everai -n "__fish_everai_using_subcommand server" -l queue-timeout -d 'Seconds a request may wait in a queue before it gets 503' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l ready-timeout -d 'Seconds a worker may take to pass its readiness probe' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l stop-grace -d 'Seconds a stopping worker gets between SIGTERM and SIGKILL' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l session-ttl -d 'Seconds a sticky session (x-everai-session-id) stays bound to its worker without requests' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l tick-ms -d 'Milliseconds between scheduler ticks (idle time, queue histories)' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l trace-requests -d 'Routed requests kept per app (in memory) for `everai app trace`; 0 keeps none' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l volume-max-file-size -d 'Largest file a volume may hold, in bytes' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l volume-max-size -d 'Largest total size of one volume revision, in bytes' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l volume-upload-ttl -d 'Seconds an unfinished multipart upload is kept for a push to resume; older ones are removed at start and hourly' -r
complete -c everai -n "__fish_everai_using_subcommand server" -l runtime -d 'What runs workers: local processes of spec.command, containers of spec.image on the Docker engine (DOCKER_HOST), or docker when the engine answers at start, else process' -r -f -a "process\t''
docker\t''
auto\t''"
complete -c everai -n "__fish_everai_using_subcommand server" -l no-login -d 'Do not store the endpoint and token as this CLI\'s login'
complete -c everai -n "__fish_everai_using_subcommand server" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c everai -n "__fish_everai_using_subcommand run" -s f -l from-file -d 'The app manifest' -r -F
complete -c everai -n "__fish_everai_using_subcommand run" -l port -d 'Port to serve on [default: $EVERAI_PORT, else 80]' -r
complete -c everai -n "__fish_everai_using_subcommand run" -l listen -d 'Address to serve on' -r
complete -c everai -n "__fish_everai_using_subcommand run" -l runtime -d 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)' -r -f -a "auto\t''
docker\t''
process\t''"
complete -c everai -n "__fish_everai_using_subcommand run" -l ready-timeout -d 'Longest wait for the readiness probe, in seconds' -r
complete -c everai -n "__fish_everai_using_subcommand run" -l build -d 'Build the image first (as `everai image build --no-push` in the manifest\'s directory), then run it as a container'
complete -c everai -n "__fish_everai_using_subcommand run" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand completion" -s h -l help -d 'Print help'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "login" -d 'Login; store a token (get one at https://everai.expvent.com)'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "logout" -d 'Logout: forget the stored token'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "config" -d 'Print current configuration'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "image" -d 'Image management: build and push'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "app" -d 'Manage app'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "secret" -d 'Manage secrets'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "autoscaler" -d 'Run the autoscaler service'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "configmap" -d 'Manage configmaps'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "resources" -d 'Show available resources'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "volume" -d 'Manage volume'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "namespace" -d 'Manage the namespaces'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "version" -d 'Show package and client version'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "server" -d 'Run the local EverAI platform (REST API, routes, workers, autoscaling)'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "run" -d 'Run the app of ./app.yaml on this machine as one worker'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "completion" -d 'Print a shell completion script'
complete -c everai -n "__fish_everai_using_subcommand help; and not __fish_seen_subcommand_from login logout worker config image app secret autoscaler configmap resources volume namespace version server run completion help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from worker" -f -a "list" -d 'List workers of app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from worker" -f -a "exec" -d 'Run a command in a running worker'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "build" -d 'Build an image from a directory with the Docker engine and push it'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "create" -d 'Create an app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "get" -d 'Get app information'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "update" -d 'Update an app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "pause" -d 'Pause an app, all worker will be stopped'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "resume" -d 'Resume an app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "list" -d 'List apps'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "queue" -d 'List queue of app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "events" -d 'List events of app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "worker" -d 'Manage the worker of app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "run" -d 'Run the app on this machine as one worker (same as `everai run`)'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "prepare" -d 'Create the volumes the app manifest requests and push their local copies'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "check" -d 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "delete" -d 'Delete an app'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "upgrade" -d 'Update an app (earlier clients\' command): from the manifest like `app update`, or set its image with --image IMAGE'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "simulate" -d 'Simulate the app\'s autoscaling policy under a load, offline'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from app" -f -a "trace" -d 'Export the app\'s recent routed requests as JSON lines, for `app simulate --trace`'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from configmap" -f -a "create" -d 'Create from a file, literal strings or an env file'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from configmap" -f -a "delete" -d 'Delete one by name'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from configmap" -f -a "list" -d 'List them'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from configmap" -f -a "get" -d 'Get one by name'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from configmap" -f -a "update" -d 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create volume'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "list" -d 'List volume'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "delete" -d 'Delete volume'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "get" -d 'Get volume'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "pull" -d 'Pull volume'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "push" -d 'Push volume'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "publish" -d 'Publish volume to everyone'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "tree" -d 'Tree volume'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "list" -d 'List the namespaces'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "get" -d 'Get the namespace'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "create" -d 'Create a namespace'
complete -c everai -n "__fish_everai_using_subcommand help; and __fish_seen_subcommand_from namespace" -f -a "delete" -d 'Delete a namespace'
