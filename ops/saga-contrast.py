#!/usr/bin/env python3
"""Writes src/main/webapp/resources/css/lis-contrast.css: PrimeFaces' Saga theme in colours that meet
WCAG 2.1 AA contrast (issue 15). Every rule of Saga's theme.css that uses one of the colours below is
repeated with the same selector and only those declarations, with the colour replaced, so that the
cascade stays Saga's own. Run it again after upgrading PrimeFaces:

    python3 ops/saga-contrast.py [path/to/primefaces-<version>-jakarta.jar] > src/main/webapp/resources/css/lis-contrast.css
"""
import glob
import os
import re
import sys
import zipfile

HEADER = """/* Universal design (WCAG 2.1 AA, issue 15): PrimeFaces' Saga theme in darker colours.
   Saga's blue #2196f3 carries white text at 3.1:1 and is 3.1:1 as text on white; WCAG asks 4.5:1.
   Every rule of Saga's theme.css that uses its blue, its hover and active blues, its light-blue focus
   ring, or its success, info and secondary colours is repeated here with the same selector and only
   those declarations, in darker colours (rule for rule, so the cascade is Saga's own):
     blue #2196f3 -> #1565c0 (white on it 5.7:1), hover -> #0d47a1, active -> #0b3d91
     focus ring rgb(166,213,250) -> #0d47a1 (0.2rem, 8.6:1 on white; 3:1 asked)
     success #689f38 -> #2e7d32, info #0288d1 -> #01579b, secondary #607d8b -> #455a64
   Made by ops/saga-contrast.py from PrimeFaces %s; run it again when PrimeFaces is upgraded. */"""

COLOURS = [
    ('#2196f3', '#1565c0'),
    ('rgb(12.7384615385,136.9384615385,235.6615384615)', '#0d47a1'),
    ('rgb(11.3230769231,121.7230769231,209.4769230769)', '#0b3d91'),
    ('rgb(166.2,213,250.2)', '#0d47a1'),
    ('rgb(166.2, 213, 250.2)', '#0d47a1'),
    ('rgba(33,150,243,', 'rgba(21,101,192,'),
    ('#689f38', '#2e7d32'), ('rgb(93.6,143.1,50.4)', '#1b5e20'), ('rgb(83.2,127.2,44.8)', '#1b5e20'),
    ('rgba(104,159,56,', 'rgba(46,125,50,'),
    ('#0288d1', '#01579b'), ('rgb(1.8,122.4,188.1)', '#014a84'), ('rgb(1.6,108.8,167.2)', '#013e6f'),
    ('rgba(2,136,209,', 'rgba(1,87,155,'),
    ('#607d8b', '#455a64'), ('rgb(86.4,112.5,125.1)', '#37474f'), ('rgb(76.8,100,111.2)', '#263238'),
    ('rgba(96,125,139,', 'rgba(69,90,100,'),
]
# the palette variables name colours, not roles: they keep their values
PALETTE = ('--blue', '--green', '--cyan', '--bluegray', '--teal')


def rules(block, indent=''):
    out = []
    for match in re.finditer(r'([^{}]+)\{([^{}]*)\}', block):
        selector, body = match.group(1).strip(), match.group(2)
        changed = []
        for declaration in body.split(';'):
            low = declaration.lower()
            if any(old in low for old, _ in COLOURS):
                for old, new in COLOURS:
                    low = low.replace(old, new)
                if not low.strip().startswith(PALETTE):
                    changed.append(low.strip())
        if changed:
            out.append(indent + selector + '{' + ';'.join(changed) + '}')
    return out


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(os.path.expanduser(
        '~/.m2/repository/org/primefaces/primefaces/*/primefaces-*-jakarta.jar')))[-1]
    with zipfile.ZipFile(jar) as archive:
        css = archive.read('META-INF/resources/primefaces-saga-blue/theme.css').decode('utf-8-sig')
    out, position = [], 0
    while True:
        media = css.find('@media', position)
        if media < 0:
            out.extend(rules(css[position:]))
            break
        out.extend(rules(css[position:media]))
        opening = css.index('{', media)
        depth, end = 1, opening + 1
        while depth:
            depth += {'{': 1, '}': -1}.get(css[end], 0)
            end += 1
        inner = rules(css[opening + 1:end - 1], '  ')
        if inner:
            out.append(css[media:opening].strip() + '{')
            out.extend(inner)
            out.append('}')
        position = end
    print(HEADER % os.path.basename(jar))
    print('\n'.join(out))


if __name__ == '__main__':
    main()
