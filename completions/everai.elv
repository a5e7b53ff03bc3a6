
use builtin;
use str;

set edit:completion:arg-completer[everai] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'everai'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'everai'= {
            cand -v 'Verbose output'
            cand --verbose 'Verbose output'
            cand -h 'Print help'
            cand --help 'Print help'
            cand login 'Login; store a token (get one at https://everai.expvent.com)'
            cand logout 'Logout: forget the stored token'
            cand worker 'Manage the worker of app'
            cand workers 'Manage the worker of app'
            cand w 'Manage the worker of app'
            cand config 'Print current configuration'
            cand image 'Image management: build and push'
            cand images 'Image management: build and push'
            cand i 'Image management: build and push'
            cand app 'Manage app'
            cand apps 'Manage app'
            cand a 'Manage app'
            cand secret 'Manage secrets'
            cand secrets 'Manage secrets'
            cand sec 'Manage secrets'
            cand s 'Manage secrets'
            cand autoscaler 'Run the autoscaler service'
            cand configmap 'Manage configmaps'
            cand cm 'Manage configmaps'
            cand configmaps 'Manage configmaps'
            cand resources 'Show available resources'
            cand res 'Show available resources'
            cand resource 'Show available resources'
            cand volume 'Manage volume'
            cand volumes 'Manage volume'
            cand vol 'Manage volume'
            cand namespace 'Manage the namespaces'
            cand namespaces 'Manage the namespaces'
            cand ns 'Manage the namespaces'
            cand version 'Show package and client version'
            cand server 'Run the local EverAI platform (REST API, routes, workers, autoscaling)'
            cand run 'Run the app of ./app.yaml on this machine as one worker'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;login'= {
            cand --token 'Token from EverAI; `-` reads it from standard input'
            cand --endpoint 'API endpoint to use from now on (default: the hosted platform)'
            cand --insecure-storage 'Store the token in a file (0600) instead of the system keyring'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;logout'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;worker'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;workers'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;w'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;worker;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;worker;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;workers;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;workers;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;w;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;w;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;worker;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;workers;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;w;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;worker;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;worker;help;list'= {
        }
        &'everai;worker;help;exec'= {
        }
        &'everai;worker;help;help'= {
        }
        &'everai;workers;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;workers;help;list'= {
        }
        &'everai;workers;help;exec'= {
        }
        &'everai;workers;help;help'= {
        }
        &'everai;w;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;w;help;list'= {
        }
        &'everai;w;help;exec'= {
        }
        &'everai;w;help;help'= {
        }
        &'everai;config'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;image'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand build 'Build an image from a directory with the Docker engine and push it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;images'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand build 'Build an image from a directory with the Docker engine and push it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;i'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand build 'Build an image from a directory with the Docker engine and push it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;image;build'= {
            cand -f 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]'
            cand --file 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]'
            cand -t 'The image name, REGISTRY/REPOSITORY[:TAG]'
            cand --tag 'The image name, REGISTRY/REPOSITORY[:TAG]'
            cand --build-arg 'A build argument (KEY alone takes the value of the environment variable KEY)'
            cand --label 'A label of the image'
            cand --platform 'The target platform, os/arch[/variant] [default: the engine''s own]'
            cand --target 'Build up to this stage of a multi-stage Dockerfile'
            cand --username 'Registry user for the push (with --password-stdin)'
            cand --no-push 'Build only: do not push (nothing is recorded)'
            cand --no-cache 'Do not use the engine''s build cache'
            cand --password-stdin 'Read the registry password from standard input (with --username)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;images;build'= {
            cand -f 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]'
            cand --file 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]'
            cand -t 'The image name, REGISTRY/REPOSITORY[:TAG]'
            cand --tag 'The image name, REGISTRY/REPOSITORY[:TAG]'
            cand --build-arg 'A build argument (KEY alone takes the value of the environment variable KEY)'
            cand --label 'A label of the image'
            cand --platform 'The target platform, os/arch[/variant] [default: the engine''s own]'
            cand --target 'Build up to this stage of a multi-stage Dockerfile'
            cand --username 'Registry user for the push (with --password-stdin)'
            cand --no-push 'Build only: do not push (nothing is recorded)'
            cand --no-cache 'Do not use the engine''s build cache'
            cand --password-stdin 'Read the registry password from standard input (with --username)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;i;build'= {
            cand -f 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]'
            cand --file 'The Dockerfile [default: `dockerfile` of image_builder.yaml, else DIRECTORY/Dockerfile]'
            cand -t 'The image name, REGISTRY/REPOSITORY[:TAG]'
            cand --tag 'The image name, REGISTRY/REPOSITORY[:TAG]'
            cand --build-arg 'A build argument (KEY alone takes the value of the environment variable KEY)'
            cand --label 'A label of the image'
            cand --platform 'The target platform, os/arch[/variant] [default: the engine''s own]'
            cand --target 'Build up to this stage of a multi-stage Dockerfile'
            cand --username 'Registry user for the push (with --password-stdin)'
            cand --no-push 'Build only: do not push (nothing is recorded)'
            cand --no-cache 'Do not use the engine''s build cache'
            cand --password-stdin 'Read the registry password from standard input (with --username)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;image;help'= {
            cand build 'Build an image from a directory with the Docker engine and push it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;image;help;build'= {
        }
        &'everai;image;help;help'= {
        }
        &'everai;images;help'= {
            cand build 'Build an image from a directory with the Docker engine and push it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;images;help;build'= {
        }
        &'everai;images;help;help'= {
        }
        &'everai;i;help'= {
            cand build 'Build an image from a directory with the Docker engine and push it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;i;help;build'= {
        }
        &'everai;i;help;help'= {
        }
        &'everai;app'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create an app'
            cand get 'Get app information'
            cand update 'Update an app'
            cand pause 'Pause an app, all worker will be stopped'
            cand resume 'Resume an app'
            cand list 'List apps'
            cand ls 'List apps'
            cand queue 'List queue of app'
            cand q 'List queue of app'
            cand events 'List events of app'
            cand e 'List events of app'
            cand event 'List events of app'
            cand worker 'Manage the worker of app'
            cand workers 'Manage the worker of app'
            cand w 'Manage the worker of app'
            cand run 'Run the app on this machine as one worker (same as `everai run`)'
            cand prepare 'Create the volumes the app manifest requests and push their local copies'
            cand check 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
            cand delete 'Delete an app'
            cand upgrade 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE'
            cand simulate 'Simulate the app''s autoscaling policy under a load, offline'
            cand trace 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create an app'
            cand get 'Get app information'
            cand update 'Update an app'
            cand pause 'Pause an app, all worker will be stopped'
            cand resume 'Resume an app'
            cand list 'List apps'
            cand ls 'List apps'
            cand queue 'List queue of app'
            cand q 'List queue of app'
            cand events 'List events of app'
            cand e 'List events of app'
            cand event 'List events of app'
            cand worker 'Manage the worker of app'
            cand workers 'Manage the worker of app'
            cand w 'Manage the worker of app'
            cand run 'Run the app on this machine as one worker (same as `everai run`)'
            cand prepare 'Create the volumes the app manifest requests and push their local copies'
            cand check 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
            cand delete 'Delete an app'
            cand upgrade 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE'
            cand simulate 'Simulate the app''s autoscaling policy under a load, offline'
            cand trace 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create an app'
            cand get 'Get app information'
            cand update 'Update an app'
            cand pause 'Pause an app, all worker will be stopped'
            cand resume 'Resume an app'
            cand list 'List apps'
            cand ls 'List apps'
            cand queue 'List queue of app'
            cand q 'List queue of app'
            cand events 'List events of app'
            cand e 'List events of app'
            cand event 'List events of app'
            cand worker 'Manage the worker of app'
            cand workers 'Manage the worker of app'
            cand w 'Manage the worker of app'
            cand run 'Run the app on this machine as one worker (same as `everai run`)'
            cand prepare 'Create the volumes the app manifest requests and push their local copies'
            cand check 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
            cand delete 'Delete an app'
            cand upgrade 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE'
            cand simulate 'Simulate the app''s autoscaling policy under a load, offline'
            cand trace 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;create'= {
            cand -f 'Create app from manifest file (format in yaml)'
            cand --from-file 'Create app from manifest file (format in yaml)'
            cand -n 'indicate namespace of the app, commandline > yaml file > default'
            cand --namespace 'indicate namespace of the app, commandline > yaml file > default'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;apps;create'= {
            cand -f 'Create app from manifest file (format in yaml)'
            cand --from-file 'Create app from manifest file (format in yaml)'
            cand -n 'indicate namespace of the app, commandline > yaml file > default'
            cand --namespace 'indicate namespace of the app, commandline > yaml file > default'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;a;create'= {
            cand -f 'Create app from manifest file (format in yaml)'
            cand --from-file 'Create app from manifest file (format in yaml)'
            cand -n 'indicate namespace of the app, commandline > yaml file > default'
            cand --namespace 'indicate namespace of the app, commandline > yaml file > default'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;app;get'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;get'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;get'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;update'= {
            cand -f 'Update app from manifest file (format in yaml)'
            cand --from-file 'Update app from manifest file (format in yaml)'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;apps;update'= {
            cand -f 'Update app from manifest file (format in yaml)'
            cand --from-file 'Update app from manifest file (format in yaml)'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;a;update'= {
            cand -f 'Update app from manifest file (format in yaml)'
            cand --from-file 'Update app from manifest file (format in yaml)'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;app;pause'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --dry-run 'dry run in client'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;pause'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --dry-run 'dry run in client'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;pause'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --dry-run 'dry run in client'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;resume'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;resume'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;resume'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;list'= {
            cand -n 'List all apps in specified namespaces'
            cand --namespace 'List all apps in specified namespaces'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -A 'List all apps in all namespaces'
            cand --all-namespaces 'List all apps in all namespaces'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;ls'= {
            cand -n 'List all apps in specified namespaces'
            cand --namespace 'List all apps in specified namespaces'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -A 'List all apps in all namespaces'
            cand --all-namespaces 'List all apps in all namespaces'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;list'= {
            cand -n 'List all apps in specified namespaces'
            cand --namespace 'List all apps in specified namespaces'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -A 'List all apps in all namespaces'
            cand --all-namespaces 'List all apps in all namespaces'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;ls'= {
            cand -n 'List all apps in specified namespaces'
            cand --namespace 'List all apps in specified namespaces'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -A 'List all apps in all namespaces'
            cand --all-namespaces 'List all apps in all namespaces'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;list'= {
            cand -n 'List all apps in specified namespaces'
            cand --namespace 'List all apps in specified namespaces'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -A 'List all apps in all namespaces'
            cand --all-namespaces 'List all apps in all namespaces'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;ls'= {
            cand -n 'List all apps in specified namespaces'
            cand --namespace 'List all apps in specified namespaces'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -A 'List all apps in all namespaces'
            cand --all-namespaces 'List all apps in all namespaces'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;queue'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -w 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;q'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -w 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;queue'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -w 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;q'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -w 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;queue'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -w 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;q'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -w 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the queue changes (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;events'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;e'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;event'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;events'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;e'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;event'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;events'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;e'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;event'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;worker'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;workers'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;w'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;worker;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;worker;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;workers;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;workers;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;w;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;w;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;worker;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;workers;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;w;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;worker;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;worker;help;list'= {
        }
        &'everai;app;worker;help;exec'= {
        }
        &'everai;app;worker;help;help'= {
        }
        &'everai;app;workers;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;workers;help;list'= {
        }
        &'everai;app;workers;help;exec'= {
        }
        &'everai;app;workers;help;help'= {
        }
        &'everai;app;w;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;w;help;list'= {
        }
        &'everai;app;w;help;exec'= {
        }
        &'everai;app;w;help;help'= {
        }
        &'everai;apps;worker'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps;workers'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps;w'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps;worker;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;worker;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;workers;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;workers;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;w;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;w;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;worker;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;workers;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;w;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;worker;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps;worker;help;list'= {
        }
        &'everai;apps;worker;help;exec'= {
        }
        &'everai;apps;worker;help;help'= {
        }
        &'everai;apps;workers;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps;workers;help;list'= {
        }
        &'everai;apps;workers;help;exec'= {
        }
        &'everai;apps;workers;help;help'= {
        }
        &'everai;apps;w;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps;w;help;list'= {
        }
        &'everai;apps;w;help;exec'= {
        }
        &'everai;apps;w;help;help'= {
        }
        &'everai;a;worker'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a;workers'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a;w'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List workers of app'
            cand ls 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a;worker;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;worker;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;workers;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;workers;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;w;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;w;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -d 'show not running workers who is created in recent days (with --all)'
            cand --recent-days 'show not running workers who is created in recent days (with --all)'
            cand -n 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand -a 'show all workers, include deleted and errors'
            cand --all 'show all workers, include deleted and errors'
            cand -w 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand --watch 'Keep watching: redraw whenever the workers change (Ctrl-C to stop)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;worker;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;workers;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;w;exec'= {
            cand -i 'Keep STDIN open and pass it to the command'
            cand --interactive 'Keep STDIN open and pass it to the command'
            cand -t 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand --tty 'Allocate a pseudo-TTY: one raw output stream, the local terminal in raw mode while the command runs'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;worker;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a;worker;help;list'= {
        }
        &'everai;a;worker;help;exec'= {
        }
        &'everai;a;worker;help;help'= {
        }
        &'everai;a;workers;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a;workers;help;list'= {
        }
        &'everai;a;workers;help;exec'= {
        }
        &'everai;a;workers;help;help'= {
        }
        &'everai;a;w;help'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a;w;help;list'= {
        }
        &'everai;a;w;help;exec'= {
        }
        &'everai;a;w;help;help'= {
        }
        &'everai;app;run'= {
            cand -f 'The app manifest'
            cand --from-file 'The app manifest'
            cand --port 'Port to serve on [default: $EVERAI_PORT, else 80]'
            cand --listen 'Address to serve on'
            cand --runtime 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)'
            cand --ready-timeout 'Longest wait for the readiness probe, in seconds'
            cand --build 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;run'= {
            cand -f 'The app manifest'
            cand --from-file 'The app manifest'
            cand --port 'Port to serve on [default: $EVERAI_PORT, else 80]'
            cand --listen 'Address to serve on'
            cand --runtime 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)'
            cand --ready-timeout 'Longest wait for the readiness probe, in seconds'
            cand --build 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;run'= {
            cand -f 'The app manifest'
            cand --from-file 'The app manifest'
            cand --port 'Port to serve on [default: $EVERAI_PORT, else 80]'
            cand --listen 'Address to serve on'
            cand --runtime 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)'
            cand --ready-timeout 'Longest wait for the readiness probe, in seconds'
            cand --build 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;prepare'= {
            cand -f 'The manifest whose volumes to prepare'
            cand --from-file 'The manifest whose volumes to prepare'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;apps;prepare'= {
            cand -f 'The manifest whose volumes to prepare'
            cand --from-file 'The manifest whose volumes to prepare'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;a;prepare'= {
            cand -f 'The manifest whose volumes to prepare'
            cand --from-file 'The manifest whose volumes to prepare'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;app;check'= {
            cand -f 'The manifest to check'
            cand --from-file 'The manifest to check'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;apps;check'= {
            cand -f 'The manifest to check'
            cand --from-file 'The manifest to check'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;a;check'= {
            cand -f 'The manifest to check'
            cand --from-file 'The manifest to check'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;app;delete'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --force 'Delete without asking for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;apps;delete'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --force 'Delete without asking for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;a;delete'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --force 'Delete without asking for confirmation'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;app;upgrade'= {
            cand -n 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]'
            cand --image 'Set the app''s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app''s directory (put NAME before a bare --image)'
            cand -f 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]'
            cand --from-file 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;apps;upgrade'= {
            cand -n 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]'
            cand --image 'Set the app''s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app''s directory (put NAME before a bare --image)'
            cand -f 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]'
            cand --from-file 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;a;upgrade'= {
            cand -n 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app, with --image only [default: metadata.namespace of ./app.yaml, else default]'
            cand --image 'Set the app''s image to IMAGE and roll its workers; with no value, to the digest the last `everai image build` pushed from the app''s directory (put NAME before a bare --image)'
            cand -f 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]'
            cand --from-file 'Update app from manifest file (format in yaml) [default: ./app.yaml unless --image is given]'
            cand -o 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --output 'With --dry-run: yaml (the manifest, default) or json (the request body)'
            cand --dry-run 'Print the app as it would be sent, send nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;app;simulate'= {
            cand -f 'The app manifest whose policy is simulated'
            cand --from-file 'The app manifest whose policy is simulated'
            cand --set 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable'
            cand --trace 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)'
            cand --clients 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)'
            cand --rate 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)'
            cand --duration 'How long the load lasts (--rate: required; --clients: or --requests)'
            cand --requests 'With --clients: stop after this many requests in all (like `ab -n`)'
            cand --service 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`'
            cand --seed 'Seed of the random draws: the same seed gives the same run'
            cand --start-time 'Time from a scale-up to the worker being ready [default: median of the app''s recent workers on the platform, else 2s]'
            cand --tick 'The scheduler''s tick'
            cand --queue-limit 'Requests that may wait before new ones get 429'
            cand --queue-timeout 'Longest a request waits before it gets 503'
            cand --initial-workers 'Workers ready when the load starts [default: min_workers]'
            cand --start 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace''s own times, else 2026-01-01T00:00:00Z]'
            cand --compare 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination'
            cand --plot 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;apps;simulate'= {
            cand -f 'The app manifest whose policy is simulated'
            cand --from-file 'The app manifest whose policy is simulated'
            cand --set 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable'
            cand --trace 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)'
            cand --clients 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)'
            cand --rate 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)'
            cand --duration 'How long the load lasts (--rate: required; --clients: or --requests)'
            cand --requests 'With --clients: stop after this many requests in all (like `ab -n`)'
            cand --service 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`'
            cand --seed 'Seed of the random draws: the same seed gives the same run'
            cand --start-time 'Time from a scale-up to the worker being ready [default: median of the app''s recent workers on the platform, else 2s]'
            cand --tick 'The scheduler''s tick'
            cand --queue-limit 'Requests that may wait before new ones get 429'
            cand --queue-timeout 'Longest a request waits before it gets 503'
            cand --initial-workers 'Workers ready when the load starts [default: min_workers]'
            cand --start 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace''s own times, else 2026-01-01T00:00:00Z]'
            cand --compare 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination'
            cand --plot 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;a;simulate'= {
            cand -f 'The app manifest whose policy is simulated'
            cand --from-file 'The app manifest whose policy is simulated'
            cand --set 'Set a policy argument (e.g. max_queue_size=2), over the manifest and the configmaps it refers to; repeatable'
            cand --trace 'Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS} (what `everai app trace` writes)'
            cand --clients 'Closed loop: N clients, each sending its next request when the last one is answered (like `ab -c N`)'
            cand --rate 'Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)'
            cand --duration 'How long the load lasts (--rate: required; --clients: or --requests)'
            cand --requests 'With --clients: stop after this many requests in all (like `ab -n`)'
            cand --service 'Service time of a request: `2s`, `exp:200ms` (exponential with this mean) or `uniform:1s..3s`'
            cand --seed 'Seed of the random draws: the same seed gives the same run'
            cand --start-time 'Time from a scale-up to the worker being ready [default: median of the app''s recent workers on the platform, else 2s]'
            cand --tick 'The scheduler''s tick'
            cand --queue-limit 'Requests that may wait before new ones get 429'
            cand --queue-timeout 'Longest a request waits before it gets 503'
            cand --initial-workers 'Workers ready when the load starts [default: min_workers]'
            cand --start 'Wall-clock time of the start of the load, RFC 3339 (time-match decorators follow it) [default: a trace''s own times, else 2026-01-01T00:00:00Z]'
            cand --compare 'Run several argument sets on the same load, one row each, e.g. max_queue_size=1,2,4; several --compare give every combination'
            cand --plot 'Draw workers, busy workers and queue length over time to this SVG, one panel per argument set'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;app;trace'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --since 'Only requests that arrived in this last span, e.g. 10m'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;apps;trace'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --since 'Only requests that arrived in this last span, e.g. 10m'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;a;trace'= {
            cand -n 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --namespace 'The namespace of app [default: metadata.namespace of ./app.yaml, else default]'
            cand --since 'Only requests that arrived in this last span, e.g. 10m'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;app;help'= {
            cand create 'Create an app'
            cand get 'Get app information'
            cand update 'Update an app'
            cand pause 'Pause an app, all worker will be stopped'
            cand resume 'Resume an app'
            cand list 'List apps'
            cand queue 'List queue of app'
            cand events 'List events of app'
            cand worker 'Manage the worker of app'
            cand run 'Run the app on this machine as one worker (same as `everai run`)'
            cand prepare 'Create the volumes the app manifest requests and push their local copies'
            cand check 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
            cand delete 'Delete an app'
            cand upgrade 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE'
            cand simulate 'Simulate the app''s autoscaling policy under a load, offline'
            cand trace 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;app;help;create'= {
        }
        &'everai;app;help;get'= {
        }
        &'everai;app;help;update'= {
        }
        &'everai;app;help;pause'= {
        }
        &'everai;app;help;resume'= {
        }
        &'everai;app;help;list'= {
        }
        &'everai;app;help;queue'= {
        }
        &'everai;app;help;events'= {
        }
        &'everai;app;help;worker'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
        }
        &'everai;app;help;worker;list'= {
        }
        &'everai;app;help;worker;exec'= {
        }
        &'everai;app;help;run'= {
        }
        &'everai;app;help;prepare'= {
        }
        &'everai;app;help;check'= {
        }
        &'everai;app;help;delete'= {
        }
        &'everai;app;help;upgrade'= {
        }
        &'everai;app;help;simulate'= {
        }
        &'everai;app;help;trace'= {
        }
        &'everai;app;help;help'= {
        }
        &'everai;apps;help'= {
            cand create 'Create an app'
            cand get 'Get app information'
            cand update 'Update an app'
            cand pause 'Pause an app, all worker will be stopped'
            cand resume 'Resume an app'
            cand list 'List apps'
            cand queue 'List queue of app'
            cand events 'List events of app'
            cand worker 'Manage the worker of app'
            cand run 'Run the app on this machine as one worker (same as `everai run`)'
            cand prepare 'Create the volumes the app manifest requests and push their local copies'
            cand check 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
            cand delete 'Delete an app'
            cand upgrade 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE'
            cand simulate 'Simulate the app''s autoscaling policy under a load, offline'
            cand trace 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;apps;help;create'= {
        }
        &'everai;apps;help;get'= {
        }
        &'everai;apps;help;update'= {
        }
        &'everai;apps;help;pause'= {
        }
        &'everai;apps;help;resume'= {
        }
        &'everai;apps;help;list'= {
        }
        &'everai;apps;help;queue'= {
        }
        &'everai;apps;help;events'= {
        }
        &'everai;apps;help;worker'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
        }
        &'everai;apps;help;worker;list'= {
        }
        &'everai;apps;help;worker;exec'= {
        }
        &'everai;apps;help;run'= {
        }
        &'everai;apps;help;prepare'= {
        }
        &'everai;apps;help;check'= {
        }
        &'everai;apps;help;delete'= {
        }
        &'everai;apps;help;upgrade'= {
        }
        &'everai;apps;help;simulate'= {
        }
        &'everai;apps;help;trace'= {
        }
        &'everai;apps;help;help'= {
        }
        &'everai;a;help'= {
            cand create 'Create an app'
            cand get 'Get app information'
            cand update 'Update an app'
            cand pause 'Pause an app, all worker will be stopped'
            cand resume 'Resume an app'
            cand list 'List apps'
            cand queue 'List queue of app'
            cand events 'List events of app'
            cand worker 'Manage the worker of app'
            cand run 'Run the app on this machine as one worker (same as `everai run`)'
            cand prepare 'Create the volumes the app manifest requests and push their local copies'
            cand check 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
            cand delete 'Delete an app'
            cand upgrade 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE'
            cand simulate 'Simulate the app''s autoscaling policy under a load, offline'
            cand trace 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;a;help;create'= {
        }
        &'everai;a;help;get'= {
        }
        &'everai;a;help;update'= {
        }
        &'everai;a;help;pause'= {
        }
        &'everai;a;help;resume'= {
        }
        &'everai;a;help;list'= {
        }
        &'everai;a;help;queue'= {
        }
        &'everai;a;help;events'= {
        }
        &'everai;a;help;worker'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
        }
        &'everai;a;help;worker;list'= {
        }
        &'everai;a;help;worker;exec'= {
        }
        &'everai;a;help;run'= {
        }
        &'everai;a;help;prepare'= {
        }
        &'everai;a;help;check'= {
        }
        &'everai;a;help;delete'= {
        }
        &'everai;a;help;upgrade'= {
        }
        &'everai;a;help;simulate'= {
        }
        &'everai;a;help;trace'= {
        }
        &'everai;a;help;help'= {
        }
        &'everai;secret'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand ls 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;secrets'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand ls 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;sec'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand ls 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;s'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand ls 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;secret;create'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secrets;create'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;sec;create'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;s;create'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secret;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secrets;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;sec;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;s;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secret;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secret;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secrets;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secrets;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;sec;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;sec;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;s;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;s;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secret;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secrets;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;sec;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;s;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secret;update'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secrets;update'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;sec;update'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;s;update'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;secret;help'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;secret;help;create'= {
        }
        &'everai;secret;help;delete'= {
        }
        &'everai;secret;help;list'= {
        }
        &'everai;secret;help;get'= {
        }
        &'everai;secret;help;update'= {
        }
        &'everai;secret;help;help'= {
        }
        &'everai;secrets;help'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;secrets;help;create'= {
        }
        &'everai;secrets;help;delete'= {
        }
        &'everai;secrets;help;list'= {
        }
        &'everai;secrets;help;get'= {
        }
        &'everai;secrets;help;update'= {
        }
        &'everai;secrets;help;help'= {
        }
        &'everai;sec;help'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;sec;help;create'= {
        }
        &'everai;sec;help;delete'= {
        }
        &'everai;sec;help;list'= {
        }
        &'everai;sec;help;get'= {
        }
        &'everai;sec;help;update'= {
        }
        &'everai;sec;help;help'= {
        }
        &'everai;s;help'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;s;help;create'= {
        }
        &'everai;s;help;delete'= {
        }
        &'everai;s;help;list'= {
        }
        &'everai;s;help;get'= {
        }
        &'everai;s;help;update'= {
        }
        &'everai;s;help;help'= {
        }
        &'everai;autoscaler'= {
            cand --port 'The port to bind to [default: $EVERAI_PORT, else 80; 0 picks a free port]'
            cand --listen 'The interface to bind to'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmap'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand ls 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;cm'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand ls 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;configmaps'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand ls 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;configmap;create'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;cm;create'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmaps;create'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmap;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;cm;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmaps;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmap;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmap;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;cm;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;cm;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmaps;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmaps;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmap;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;cm;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmaps;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmap;update'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;cm;update'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmaps;update'= {
            cand -f 'YAML file {name, data, labels}; secret data values must be base64'
            cand --from-file 'YAML file {name, data, labels}; secret data values must be base64'
            cand -l 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-literal 'One entry KEY=VALUE (split at the first `=`); repeat for more'
            cand --from-env-file 'File of KEY=VALUE lines (kubectl''s env-file form); repeatable'
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand --dry-run 'Print the object that would be sent (-o yaml|json) and send nothing'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;configmap;help'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;configmap;help;create'= {
        }
        &'everai;configmap;help;delete'= {
        }
        &'everai;configmap;help;list'= {
        }
        &'everai;configmap;help;get'= {
        }
        &'everai;configmap;help;update'= {
        }
        &'everai;configmap;help;help'= {
        }
        &'everai;cm;help'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;cm;help;create'= {
        }
        &'everai;cm;help;delete'= {
        }
        &'everai;cm;help;list'= {
        }
        &'everai;cm;help;get'= {
        }
        &'everai;cm;help;update'= {
        }
        &'everai;cm;help;help'= {
        }
        &'everai;configmaps;help'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;configmaps;help;create'= {
        }
        &'everai;configmaps;help;delete'= {
        }
        &'everai;configmaps;help;list'= {
        }
        &'everai;configmaps;help;get'= {
        }
        &'everai;configmaps;help;update'= {
        }
        &'everai;configmaps;help;help'= {
        }
        &'everai;resources'= {
            cand -g 'show available gpus'
            cand --gpus 'show available gpus'
            cand -c 'show available cpus'
            cand --cpus 'show available cpus'
            cand -r 'show available regions'
            cand --regions 'show available regions'
            cand -a 'show all available resources'
            cand --all 'show all available resources'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;res'= {
            cand -g 'show available gpus'
            cand --gpus 'show available gpus'
            cand -c 'show available cpus'
            cand --cpus 'show available cpus'
            cand -r 'show available regions'
            cand --regions 'show available regions'
            cand -a 'show all available resources'
            cand --all 'show all available resources'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;resource'= {
            cand -g 'show available gpus'
            cand --gpus 'show available gpus'
            cand -c 'show available cpus'
            cand --cpus 'show available cpus'
            cand -r 'show available regions'
            cand --regions 'show available regions'
            cand -a 'show all available resources'
            cand --all 'show all available resources'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create volume'
            cand list 'List volume'
            cand ls 'List volume'
            cand delete 'Delete volume'
            cand get 'Get volume'
            cand pull 'Pull volume'
            cand push 'Push volume'
            cand publish 'Publish volume to everyone'
            cand tree 'Tree volume'
            cand tr 'Tree volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;volumes'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create volume'
            cand list 'List volume'
            cand ls 'List volume'
            cand delete 'Delete volume'
            cand get 'Get volume'
            cand pull 'Pull volume'
            cand push 'Push volume'
            cand publish 'Publish volume to everyone'
            cand tree 'Tree volume'
            cand tr 'Tree volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;vol'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create volume'
            cand list 'List volume'
            cand ls 'List volume'
            cand delete 'Delete volume'
            cand get 'Get volume'
            cand pull 'Pull volume'
            cand push 'Push volume'
            cand publish 'Publish volume to everyone'
            cand tree 'Tree volume'
            cand tr 'Tree volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;volume;create'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;create'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;create'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;delete'= {
            cand --local 'Delete the local cache of volume only'
            cand --cloud 'Delete the volume in cloud, and reserve local cache'
            cand --all 'Delete volume both cache and in-cloud'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;delete'= {
            cand --local 'Delete the local cache of volume only'
            cand --cloud 'Delete the volume in cloud, and reserve local cache'
            cand --all 'Delete volume both cache and in-cloud'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;delete'= {
            cand --local 'Delete the local cache of volume only'
            cand --cloud 'Delete the volume in cloud, and reserve local cache'
            cand --all 'Delete volume both cache and in-cloud'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;get'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;get'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;get'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;pull'= {
            cand --force 'Download even when the local copy has the cloud revision'
            cand --sync 'Also delete local files the cloud revision does not have'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;pull'= {
            cand --force 'Download even when the local copy has the cloud revision'
            cand --sync 'Also delete local files the cloud revision does not have'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;pull'= {
            cand --force 'Download even when the local copy has the cloud revision'
            cand --sync 'Also delete local files the cloud revision does not have'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;push'= {
            cand -u 'Compare files present on both sides by size only (no hashing)'
            cand --update 'Compare files present on both sides by size only (no hashing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;push'= {
            cand -u 'Compare files present on both sides by size only (no hashing)'
            cand --update 'Compare files present on both sides by size only (no hashing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;push'= {
            cand -u 'Compare files present on both sides by size only (no hashing)'
            cand --update 'Compare files present on both sides by size only (no hashing)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;publish'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;publish'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;publish'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;tree'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;tr'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;tree'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volumes;tr'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;tree'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;vol;tr'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;volume;help'= {
            cand create 'Create volume'
            cand list 'List volume'
            cand delete 'Delete volume'
            cand get 'Get volume'
            cand pull 'Pull volume'
            cand push 'Push volume'
            cand publish 'Publish volume to everyone'
            cand tree 'Tree volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;volume;help;create'= {
        }
        &'everai;volume;help;list'= {
        }
        &'everai;volume;help;delete'= {
        }
        &'everai;volume;help;get'= {
        }
        &'everai;volume;help;pull'= {
        }
        &'everai;volume;help;push'= {
        }
        &'everai;volume;help;publish'= {
        }
        &'everai;volume;help;tree'= {
        }
        &'everai;volume;help;help'= {
        }
        &'everai;volumes;help'= {
            cand create 'Create volume'
            cand list 'List volume'
            cand delete 'Delete volume'
            cand get 'Get volume'
            cand pull 'Pull volume'
            cand push 'Push volume'
            cand publish 'Publish volume to everyone'
            cand tree 'Tree volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;volumes;help;create'= {
        }
        &'everai;volumes;help;list'= {
        }
        &'everai;volumes;help;delete'= {
        }
        &'everai;volumes;help;get'= {
        }
        &'everai;volumes;help;pull'= {
        }
        &'everai;volumes;help;push'= {
        }
        &'everai;volumes;help;publish'= {
        }
        &'everai;volumes;help;tree'= {
        }
        &'everai;volumes;help;help'= {
        }
        &'everai;vol;help'= {
            cand create 'Create volume'
            cand list 'List volume'
            cand delete 'Delete volume'
            cand get 'Get volume'
            cand pull 'Pull volume'
            cand push 'Push volume'
            cand publish 'Publish volume to everyone'
            cand tree 'Tree volume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;vol;help;create'= {
        }
        &'everai;vol;help;list'= {
        }
        &'everai;vol;help;delete'= {
        }
        &'everai;vol;help;get'= {
        }
        &'everai;vol;help;pull'= {
        }
        &'everai;vol;help;push'= {
        }
        &'everai;vol;help;publish'= {
        }
        &'everai;vol;help;tree'= {
        }
        &'everai;vol;help;help'= {
        }
        &'everai;namespace'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the namespaces'
            cand ls 'List the namespaces'
            cand get 'Get the namespace'
            cand create 'Create a namespace'
            cand delete 'Delete a namespace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;namespaces'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the namespaces'
            cand ls 'List the namespaces'
            cand get 'Get the namespace'
            cand create 'Create a namespace'
            cand delete 'Delete a namespace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;ns'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the namespaces'
            cand ls 'List the namespaces'
            cand get 'Get the namespace'
            cand create 'Create a namespace'
            cand delete 'Delete a namespace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;namespace;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespace;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespaces;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespaces;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;ns;list'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;ns;ls'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespace;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespaces;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;ns;get'= {
            cand -o 'Output format, one of: json, yaml, table, wide'
            cand --output 'Output format, one of: json, yaml, table, wide'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespace;create'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespaces;create'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;ns;create'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespace;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespaces;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;ns;delete'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;namespace;help'= {
            cand list 'List the namespaces'
            cand get 'Get the namespace'
            cand create 'Create a namespace'
            cand delete 'Delete a namespace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;namespace;help;list'= {
        }
        &'everai;namespace;help;get'= {
        }
        &'everai;namespace;help;create'= {
        }
        &'everai;namespace;help;delete'= {
        }
        &'everai;namespace;help;help'= {
        }
        &'everai;namespaces;help'= {
            cand list 'List the namespaces'
            cand get 'Get the namespace'
            cand create 'Create a namespace'
            cand delete 'Delete a namespace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;namespaces;help;list'= {
        }
        &'everai;namespaces;help;get'= {
        }
        &'everai;namespaces;help;create'= {
        }
        &'everai;namespaces;help;delete'= {
        }
        &'everai;namespaces;help;help'= {
        }
        &'everai;ns;help'= {
            cand list 'List the namespaces'
            cand get 'Get the namespace'
            cand create 'Create a namespace'
            cand delete 'Delete a namespace'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;ns;help;list'= {
        }
        &'everai;ns;help;get'= {
        }
        &'everai;ns;help;create'= {
        }
        &'everai;ns;help;delete'= {
        }
        &'everai;ns;help;help'= {
        }
        &'everai;version'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;server'= {
            cand --listen 'Address to listen on (port 0 picks a free port)'
            cand --data-dir 'Where the platform keeps its database and worker files [default: $EVERAI_HOME/server]'
            cand --token 'API token clients must present [default: a random token kept in the data dir]. On the command line it shows in `ps`: prefer EVERAI_SERVER_TOKEN or --token-file'
            cand --token-file 'Read the API token from this file (its first line)'
            cand --queue-limit 'Requests that may wait in one app''s queue before new ones get 429 [default: half the client connections the open-file limit allows, at most 1000; 384 under the usual limit of 1024]'
            cand --header-timeout 'Seconds a client has to send a complete request head, and that an idle keep-alive connection is kept'
            cand --log-level 'Most detailed log lines printed on stderr'
            cand --queue-timeout 'Seconds a request may wait in a queue before it gets 503'
            cand --ready-timeout 'Seconds a worker may take to pass its readiness probe'
            cand --stop-grace 'Seconds a stopping worker gets between SIGTERM and SIGKILL'
            cand --session-ttl 'Seconds a sticky session (x-everai-session-id) stays bound to its worker without requests'
            cand --tick-ms 'Milliseconds between scheduler ticks (idle time, queue histories)'
            cand --trace-requests 'Routed requests kept per app (in memory) for `everai app trace`; 0 keeps none'
            cand --volume-max-file-size 'Largest file a volume may hold, in bytes'
            cand --volume-max-size 'Largest total size of one volume revision, in bytes'
            cand --volume-upload-ttl 'Seconds an unfinished multipart upload is kept for a push to resume; older ones are removed at start and hourly'
            cand --runtime 'What runs workers: local processes of spec.command, containers of spec.image on the Docker engine (DOCKER_HOST), or docker when the engine answers at start, else process'
            cand --no-login 'Do not store the endpoint and token as this CLI''s login'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'everai;run'= {
            cand -f 'The app manifest'
            cand --from-file 'The app manifest'
            cand --port 'Port to serve on [default: $EVERAI_PORT, else 80]'
            cand --listen 'Address to serve on'
            cand --runtime 'What runs the worker: its container (`docker`), its spec.command (`process`), or the container when the image is on this machine, else the command (`auto`)'
            cand --ready-timeout 'Longest wait for the readiness probe, in seconds'
            cand --build 'Build the image first (as `everai image build --no-push` in the manifest''s directory), then run it as a container'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;completion'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'everai;help'= {
            cand login 'Login; store a token (get one at https://everai.expvent.com)'
            cand logout 'Logout: forget the stored token'
            cand worker 'Manage the worker of app'
            cand config 'Print current configuration'
            cand image 'Image management: build and push'
            cand app 'Manage app'
            cand secret 'Manage secrets'
            cand autoscaler 'Run the autoscaler service'
            cand configmap 'Manage configmaps'
            cand resources 'Show available resources'
            cand volume 'Manage volume'
            cand namespace 'Manage the namespaces'
            cand version 'Show package and client version'
            cand server 'Run the local EverAI platform (REST API, routes, workers, autoscaling)'
            cand run 'Run the app of ./app.yaml on this machine as one worker'
            cand completion 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'everai;help;login'= {
        }
        &'everai;help;logout'= {
        }
        &'everai;help;worker'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
        }
        &'everai;help;worker;list'= {
        }
        &'everai;help;worker;exec'= {
        }
        &'everai;help;config'= {
        }
        &'everai;help;image'= {
            cand build 'Build an image from a directory with the Docker engine and push it'
        }
        &'everai;help;image;build'= {
        }
        &'everai;help;app'= {
            cand create 'Create an app'
            cand get 'Get app information'
            cand update 'Update an app'
            cand pause 'Pause an app, all worker will be stopped'
            cand resume 'Resume an app'
            cand list 'List apps'
            cand queue 'List queue of app'
            cand events 'List events of app'
            cand worker 'Manage the worker of app'
            cand run 'Run the app on this machine as one worker (same as `everai run`)'
            cand prepare 'Create the volumes the app manifest requests and push their local copies'
            cand check 'Check the app manifest (./app.yaml) offline, and its configmaps and secrets on the platform when it is reachable'
            cand delete 'Delete an app'
            cand upgrade 'Update an app (earlier clients'' command): from the manifest like `app update`, or set its image with --image IMAGE'
            cand simulate 'Simulate the app''s autoscaling policy under a load, offline'
            cand trace 'Export the app''s recent routed requests as JSON lines, for `app simulate --trace`'
        }
        &'everai;help;app;create'= {
        }
        &'everai;help;app;get'= {
        }
        &'everai;help;app;update'= {
        }
        &'everai;help;app;pause'= {
        }
        &'everai;help;app;resume'= {
        }
        &'everai;help;app;list'= {
        }
        &'everai;help;app;queue'= {
        }
        &'everai;help;app;events'= {
        }
        &'everai;help;app;worker'= {
            cand list 'List workers of app'
            cand exec 'Run a command in a running worker'
        }
        &'everai;help;app;worker;list'= {
        }
        &'everai;help;app;worker;exec'= {
        }
        &'everai;help;app;run'= {
        }
        &'everai;help;app;prepare'= {
        }
        &'everai;help;app;check'= {
        }
        &'everai;help;app;delete'= {
        }
        &'everai;help;app;upgrade'= {
        }
        &'everai;help;app;simulate'= {
        }
        &'everai;help;app;trace'= {
        }
        &'everai;help;secret'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
        }
        &'everai;help;secret;create'= {
        }
        &'everai;help;secret;delete'= {
        }
        &'everai;help;secret;list'= {
        }
        &'everai;help;secret;get'= {
        }
        &'everai;help;secret;update'= {
        }
        &'everai;help;autoscaler'= {
        }
        &'everai;help;configmap'= {
            cand create 'Create from a file, literal strings or an env file'
            cand delete 'Delete one by name'
            cand list 'List them'
            cand get 'Get one by name'
            cand update 'Update from a file, literal strings or an env file; the content is replaced as a whole, not just the given items'
        }
        &'everai;help;configmap;create'= {
        }
        &'everai;help;configmap;delete'= {
        }
        &'everai;help;configmap;list'= {
        }
        &'everai;help;configmap;get'= {
        }
        &'everai;help;configmap;update'= {
        }
        &'everai;help;resources'= {
        }
        &'everai;help;volume'= {
            cand create 'Create volume'
            cand list 'List volume'
            cand delete 'Delete volume'
            cand get 'Get volume'
            cand pull 'Pull volume'
            cand push 'Push volume'
            cand publish 'Publish volume to everyone'
            cand tree 'Tree volume'
        }
        &'everai;help;volume;create'= {
        }
        &'everai;help;volume;list'= {
        }
        &'everai;help;volume;delete'= {
        }
        &'everai;help;volume;get'= {
        }
        &'everai;help;volume;pull'= {
        }
        &'everai;help;volume;push'= {
        }
        &'everai;help;volume;publish'= {
        }
        &'everai;help;volume;tree'= {
        }
        &'everai;help;namespace'= {
            cand list 'List the namespaces'
            cand get 'Get the namespace'
            cand create 'Create a namespace'
            cand delete 'Delete a namespace'
        }
        &'everai;help;namespace;list'= {
        }
        &'everai;help;namespace;get'= {
        }
        &'everai;help;namespace;create'= {
        }
        &'everai;help;namespace;delete'= {
        }
        &'everai;help;version'= {
        }
        &'everai;help;server'= {
        }
        &'everai;help;run'= {
        }
        &'everai;help;completion'= {
        }
        &'everai;help;help'= {
        }
    ]
    $completions[$command]
}
