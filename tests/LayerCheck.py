#!/usr/bin/env python3
"""The layer check: reads every quoted #include under model/, ui/, app/ and benchmarks/ and fails, naming the
file, line and rule, on an include that runs against the architecture (docs/ARCHITECTURE.md, "Layers"):

- a model library includes only its own folder and the libraries it declares in model/CMakeLists.txt, which may
  only be in its own or a lower layer (the build file written there lists them: model-layers.txt);
- storage/ (the database) is reached only from the model's vault and records layers (the repositories): never
  from a service, the demo, ui/, app/ or benchmarks/, even one that declares it;
- the demo school is not part of the desktop client (ui/, app/gui);
- in ui/, only ui/app (the main window) includes app/MainWindow.h: features reach the window through PageHost.

Usage: LayerCheck.py BUILD/model-layers.txt SOURCE_ROOT"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def read_layers(path):
    layers = {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        head, _, deps = line.partition(':')
        folder, index, name = head.split()
        layers[folder] = (int(index), name, set(deps.split()))
    return layers


def main():
    layers = read_layers(sys.argv[1])
    root = sys.argv[2]
    storage_users = {f for f, (_, name, _) in layers.items() if name in ('storage', 'vault', 'records')}
    problems = []

    def check(path, rel, line_no, target):
        top = rel.split('/')[0]
        first = target.split('/')[0]
        here = os.path.dirname(path)
        # Which tree does the include land in? The file's own folder first, then ui/ (for ui files), then model/.
        if os.path.exists(os.path.join(here, target)) and '/' not in target:
            return
        if top == 'ui' and os.path.exists(os.path.join(root, 'ui', target)):
            if target == 'app/MainWindow.h' and not rel.startswith('ui/app/'):
                problems.append(f'{rel}:{line_no}: includes {target}; a feature reaches the window through '
                                'common/PageHost.h')
            return
        if not os.path.exists(os.path.join(root, 'model', target)) or first not in layers:
            return
        if top == 'model':
            folder = rel.split('/')[1]
            if folder not in layers or first == folder:
                return
            index, name, deps = layers[folder]
            if first not in deps:
                other = layers[first]
                direction = 'up to' if other[0] > index else 'into'
                problems.append(f'{rel}:{line_no}: model/{folder} ({name} layer) includes {target}, {direction} '
                                f'{first} ({other[1]} layer), which model/CMakeLists.txt does not let it depend on')
            elif first == 'storage' and folder not in storage_users:
                problems.append(f'{rel}:{line_no}: model/{folder} includes {target}: storage is reached only '
                                'by the vault and records layers; use a repository')
            return
        if first == 'storage':
            problems.append(f'{rel}:{line_no}: {top}/ includes {target}: storage is private to the model '
                            '(its vault and records layers); use a repository')
        if first == 'demo' and (top == 'ui' or rel.startswith('app/gui/')):
            problems.append(f'{rel}:{line_no}: the desktop client includes {target}: the demo school is for the '
                            'CLI, benchmarks and tests')

    for top in ('model', 'ui', 'app', 'benchmarks'):
        for directory, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith(('.h', '.cpp')):
                    continue
                path = os.path.join(directory, name)
                rel = os.path.relpath(path, root)
                for number, line in enumerate(open(path, encoding='utf-8'), 1):
                    match = INCLUDE.match(line)
                    if match:
                        check(path, rel, number, match.group(1))

    for problem in problems:
        print(problem)
    print(f'layer check: {len(problems)} include(s) against the layers')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
