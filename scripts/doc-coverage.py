#!/usr/bin/env python3
"""Gate for issue 11: every public declaration in the Swift sources has a `///` comment.

The public API is what a model writer using RunwayKit, or a newcomer reading a
module, works from, so each public declaration must say what it is in the
domain, its units and its errors. This script cannot judge a comment's content;
it checks that one is there, and `make test` runs it so that none goes missing.

A declaration is public when it says `public` or `open` and every type around
it is public (an extension without an access modifier does not hide its public
members), and also, without saying so, when it is a requirement of a public
protocol, a case of a public enum or a member of a `public extension`.
Extensions themselves, imports and local declarations need no comment.
Declarations are found by a small Swift lexer that skips comments and string
literals (multi-line and raw ones too), follows braces and parentheses, and
reads attributes (`@inlinable`, `@available(…)` over several lines) and
modifiers before the declaration's keyword, so `public` inside `#if`, on a line
after attribute lines or at the head of a multi-line declaration is found.

The comment is a `///` block (or a `/** */` block) with some text in it,
directly above the declaration or above its attribute lines; plain `//` lines
may sit between, blank lines and `#if` lines may not, so that a comment
always sits against what it documents. Declarations that share a line with another (`case a, b`, or the
cases of a one-line `enum E { case a }`) share its comment.

Usage:
  scripts/doc-coverage.py [PATH ...] [--exclude PATH]... [-v]   (default PATH: Sources)
  scripts/doc-coverage.py --self-test

Prints one summary line and exits 0 when every public declaration is
documented; otherwise prints the count per module (a module is a folder under
PATH) and each undocumented declaration as `file:line: text`, and exits 1. `-v`
also prints each module's public and undocumented counts. `--exclude` leaves
out a file or folder. Exit status 2: bad arguments or an unreadable file.
`--self-test` checks the script against Swift snippets whose verdicts are known.
"""
import os
import re
import signal
import sys
import tempfile

DECL_KEYWORDS = {
    'func', 'var', 'let', 'init', 'subscript', 'struct', 'class', 'enum', 'protocol',
    'actor', 'extension', 'typealias', 'associatedtype', 'case', 'macro',
    'operator', 'precedencegroup', 'deinit',
}
TYPE_KEYWORDS = {'struct', 'class', 'enum', 'protocol', 'actor', 'extension'}
ACCESS = {'open', 'public', 'package', 'internal', 'fileprivate', 'private'}
MODIFIERS = ACCESS | {
    'static', 'class', 'final', 'override', 'required', 'convenience', 'mutating',
    'nonmutating', 'lazy', 'weak', 'unowned', 'dynamic', 'optional', 'indirect',
    'nonisolated', 'distributed', 'prefix', 'postfix', 'infix', 'consuming', 'borrowing',
    '__consuming',
}


class Line:
    """What one physical line holds once strings and comments are set apart."""
    __slots__ = ('code', 'doc', 'comment')

    def __init__(self):
        self.code = False     # a token outside comments
        self.doc = False      # a doc comment with text in it (`///` or the end of `/** */`)
        self.comment = False  # any comment


def lex(text):
    """Returns (tokens, lines): tokens as (kind, value, line) outside comments and
    strings (a whole string literal is one 'str' token), and a Line per line."""
    tokens, lines = [], [Line() for _ in range(text.count('\n') + 1)]
    i, n, line = 0, len(text), 0
    ident = re.compile(r'[A-Za-z_][A-Za-z0-9_]*|`[^`\n]+`')

    def read_string(i, line):
        """Reads a string literal starting at text[i] (hashes, quotes); returns the
        index after it and the line it ends on."""
        hashes = 0
        while text[i] == '#':
            hashes += 1
            i += 1
        multi = text.startswith('"""', i)
        quote = '"""' if multi else '"'
        i += len(quote)
        close = quote + '#' * hashes
        escape = '\\' + '#' * hashes
        while i < n:
            if text.startswith(escape, i):
                j = i + len(escape)
                if j < n and text[j] == '(':
                    box = [line]
                    i = skip_interpolation(j + 1, box)
                    line = box[0]
                    continue
                i = j + 1
                continue
            if text.startswith(close, i):
                return i + len(close), line
            if text[i] == '\n':
                line += 1
                if not multi:
                    return i, line  # unterminated; let the compiler complain
            i += 1
        return i, line

    def skip_interpolation(i, line_box):
        depth = 1
        while i < n and depth:
            c = text[i]
            if c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
            elif c == '\n':
                line_box[0] += 1
            elif c == '"' or (c == '#' and re.match(r'#+"', text[i:i + 8])):
                i, line_box[0] = read_string(i, line_box[0])
                continue
            i += 1
        return i

    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
            i += 1
        elif c in ' \t\r':
            i += 1
        elif text.startswith('//', i):
            end = text.find('\n', i)
            end = n if end < 0 else end
            body = text[i:end]
            lines[line].comment = True
            if body.startswith('///') and not body.startswith('////') and not lines[line].code \
                    and body[3:].strip():
                lines[line].doc = True
            i = end
        elif text.startswith('/*', i):
            doc = text.startswith('/**', i) and not text.startswith('/**/', i)
            depth, j, start = 1, i + 2, line
            while j < n and depth:
                if text.startswith('/*', j):
                    depth += 1
                    j += 2
                elif text.startswith('*/', j):
                    depth -= 1
                    j += 2
                else:
                    if text[j] == '\n':
                        line += 1
                    j += 1
            for k in range(start, line + 1):
                lines[k].comment = True
            if doc and text[i + 3:j - 2].strip(' \t\n*'):
                lines[line].doc = True
            i = j
        elif c == '"' or (c == '#' and re.match(r'#+"', text[i:i + 8])):
            start = line
            i, line = read_string(i, line)
            tokens.append(('str', '', start))
            lines[start].code = True
        elif c == '@' or c == '#':
            m = ident.match(text, i + 1)
            word = m.group(0) if m else ''
            tokens.append((c, word, line))
            lines[line].code = True
            i = m.end() if m else i + 1
        else:
            m = ident.match(text, i)
            if m:
                tokens.append(('id', m.group(0).strip('`'), line))
                i = m.end()
            else:
                tokens.append(('p', c, line))
                i += 1
            lines[line].code = True
    return tokens, lines


class Scope:
    __slots__ = ('kind', 'public', 'access', 'depth')

    def __init__(self, kind, public, access):
        self.kind = kind        # 'top', 'code', or a type keyword
        self.public = public    # the type itself is public (for extensions: the extension is)
        self.access = access    # explicit access of an extension, or None
        self.depth = 0          # open ( and [ inside this scope


def is_public(decl_access, keyword, scope):
    """Whether a declaration with this explicit access (or None), in this scope, is public."""
    kind = scope.kind
    if kind == 'code':
        return False
    if kind == 'top':
        return decl_access in ('public', 'open')
    if kind == 'protocol':
        return scope.public
    if kind == 'enum' and keyword == 'case':
        return scope.public
    if kind == 'extension':
        if decl_access is None:
            return scope.access in ('public', 'open')
        return decl_access in ('public', 'open') and scope.access in (None, 'public', 'open')
    return scope.public and decl_access in ('public', 'open')


def undocumented(path):
    """Returns (public declarations, [(line, text) of those without a doc comment])."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    tokens, lines = lex(text)
    source = text.split('\n')
    scopes = [Scope('top', True, None)]
    pending = None   # type scope that the next `{` opens: (kind, public, access)
    total, missing = 0, []
    i, count = 0, len(tokens)
    previous_line = -1
    while i < count:
        kind, value, line = tokens[i]
        scope = scopes[-1]
        first_on_line = line != previous_line
        if first_on_line and scope.kind != 'code' and scope.depth == 0 and \
                (kind == '@' or (kind == 'id' and (value in MODIFIERS or value in DECL_KEYWORDS))):
            header = parse_header(tokens, i)
            if header:
                end, access, keyword = header
                if keyword in TYPE_KEYWORDS:
                    public = is_public(access, keyword, scope) if keyword != 'extension' else \
                        access in ('public', 'open')
                    pending = (keyword, public, access)
                else:
                    pending = None
                if keyword not in ('extension', 'deinit', 'operator', 'precedencegroup') and \
                        is_public(access, keyword, scope):
                    total += 1
                    if not documented(lines, line):
                        missing.append((line + 1, source[line].strip()))
                previous_line = tokens[end - 1][2]
                i = end
                continue
        previous_line = line
        if kind == 'p':
            if value == '{':
                if pending and scope.depth == 0:
                    scopes.append(Scope(*pending))
                else:
                    scopes.append(Scope('code', False, None))
                pending = None
            elif value == '}':
                if len(scopes) > 1:
                    scopes.pop()
            elif value in '([':
                scope.depth += 1
            elif value in ')]':
                scope.depth = max(0, scope.depth - 1)
            elif value == ';':
                if scope.depth == 0:
                    pending = None
        i += 1
    return total, missing


def parse_header(tokens, i):
    """Reads attributes and modifiers from tokens[i]; returns (index after the
    declaration keyword, explicit access or None, keyword), or None when the
    tokens do not start a declaration."""
    access = None
    n = len(tokens)
    while i < n:
        kind, value, _ = tokens[i]
        if kind == '@':
            i += 1
            if i < n and tokens[i][:2] == ('p', '('):   # @attribute(arguments)
                depth = 0
                while i < n:
                    if tokens[i][:2] == ('p', '('):
                        depth += 1
                    elif tokens[i][:2] == ('p', ')'):
                        depth -= 1
                        if depth == 0:
                            i += 1
                            break
                    i += 1
            continue
        if kind != 'id':
            return None
        nxt = tokens[i + 1] if i + 1 < n else ('', '', 0)
        if value == 'class' and not (nxt[0] == 'id' and (nxt[1] in MODIFIERS or nxt[1] in DECL_KEYWORDS)):
            return i + 1, access, 'class'
        if value in MODIFIERS:
            i += 1
            # private(set), unowned(unsafe), nonisolated(unsafe)
            if i + 2 < n and tokens[i][:2] == ('p', '(') and tokens[i + 2][:2] == ('p', ')'):
                i += 3
                if value in ACCESS:
                    continue   # a setter's access says nothing about the getter's
            if value in ACCESS:
                access = value
            continue
        if value in DECL_KEYWORDS:
            return i + 1, access, value
        return None
    return None


def documented(lines, line):
    """Whether a doc comment sits above `line`, over plain comment lines only."""
    j = line - 1
    while j >= 0 and not lines[j].code and lines[j].comment and not lines[j].doc:
        j -= 1
    return j >= 0 and lines[j].doc and not lines[j].code


def module_of(path, root):
    rel = os.path.relpath(path, root)
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else os.path.basename(os.path.abspath(root))


def check(roots, excludes):
    """Returns ({module: public declarations}, {module: [(path, line, text)]})."""
    excludes = [os.path.normpath(e) for e in excludes]
    totals, missing = {}, {}
    for root in roots:
        files = [root] if os.path.isfile(root) else [
            os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith('.swift')]
        for path in sorted(files):
            norm = os.path.normpath(path)
            if any(norm == e or norm.startswith(e + os.sep) for e in excludes):
                continue
            t, m = undocumented(path)
            module = module_of(path, root)
            totals[module] = totals.get(module, 0) + t
            for line, text in m:
                missing.setdefault(module, []).append((path, line, text))
    return totals, missing


SELF_TEST = {
    # file name: (source, lines the script must report)
    'Documented.swift': ('''
/// A documented type.
public struct A {
    /// A documented property.
    public var x: Int
    var internalOne: Int
    private var privateOne: Int

    /// Documented above its attributes.
    @inlinable
    @discardableResult
    public func f() -> Int { 1 }

    /// Documented above a multi-line attribute.
    @available(*, deprecated,
               message: "use f()")
    public func g() {}

    /** A block doc comment. */
    public init() {}

    /// A doc comment, then a plain one, still counts.
    // swiftlint:disable:next identifier_name
    public private(set) var y = 0

    @usableFromInline
    internal var helper = 0

    /// Strings and bodies hold no declarations.
    public func body() {
        public_looking_call()
        let text = """
            public func notADeclaration() {}
            """
        _ = "public var x: \\(text.count) { }"
    }
}

/// Documented.
public enum E {
    /// A documented case.
    case a, b
    /// Documented.
    case c(Int)
}

/// Documented; its one-line cases share the comment.
public enum Style { case terminal, lines }

/// Documented.
public protocol P {
    /// Documented requirement.
    associatedtype T
    /// Documented requirement.
    func h()
}

extension A {
    /// Documented member of an extension.
    public static func == (a: A, b: A) -> Bool { true }
    func notPublic() {}
}

struct Internal {
    public var notReallyPublic: Int
}

public import Foundation
''', []),
    'Undocumented.swift': ('''
public struct B {
    public var x: Int

    @inlinable
    public func f() {}

    /// Separated by a blank line.

    public func g() {}

    ///
    public func emptyComment() {}

    public func h(
        a: Int,
        b: Int
    ) -> Int { a + b }

    #if DEBUG
    public func check() {}
    #endif

    public init() { x = 0 }
}

/// Documented.
public enum E {
    case a
    /// Documented.
    case b
}

/// Documented.
public protocol P {
    associatedtype T
    var name: String { get }
}

public extension B {
    func member() {}
    internal func notPublic() {}
}

/// Documented.
open class C {
    open func f() {}
    public class func g() {}
}

public typealias Seconds = Double
''', [1, 2, 4, 9, 12, 14, 20, 23, 28, 35, 36, 40, 46, 47, 50]),
}


def self_test():
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, (source, _) in SELF_TEST.items():
            with open(os.path.join(folder, name), 'w') as f:
                f.write(source.lstrip('\n'))
        for name, (_, expected) in SELF_TEST.items():
            _, missing = undocumented(os.path.join(folder, name))
            got = [line for line, _ in missing]
            if got != expected:
                failures.append(f'{name}: reported lines {got}, expected {expected}')
        # The gate's exit status and --exclude, run as `make test` runs it.
        status = main([folder], quiet=True)
        if status != 1:
            failures.append(f'exit status {status} with undocumented declarations, expected 1')
        status = main([folder, '--exclude', os.path.join(folder, 'Undocumented.swift')], quiet=True)
        if status != 0:
            failures.append(f'exit status {status} with the undocumented file excluded, expected 0')
    if failures:
        print('doc-coverage self-test failed:', *failures, sep='\n  ')
        return 1
    print('doc-coverage self-test: passed')
    return 0


def main(argv, quiet=False):
    roots, excludes, verbose = [], [], False
    args = iter(argv)
    for arg in args:
        if arg == '--exclude':
            path = next(args, None)
            if path is None:
                print('doc-coverage: --exclude needs a path', file=sys.stderr)
                return 2
            excludes.append(path)
        elif arg in ('-v', '--verbose'):
            verbose = True
        elif arg == '--self-test':
            return self_test()
        elif arg in ('-h', '--help'):
            print(__doc__)
            return 0
        elif arg.startswith('-'):
            print(f'doc-coverage: unknown option {arg}', file=sys.stderr)
            return 2
        else:
            roots.append(arg)
    roots = roots or ['Sources']
    for root in roots:
        if not os.path.exists(root):
            print(f'doc-coverage: no such file or folder: {root}', file=sys.stderr)
            return 2
    try:
        totals, missing = check(roots, excludes)
    except (OSError, UnicodeDecodeError) as error:
        print(f'doc-coverage: {error}', file=sys.stderr)
        return 2
    where = ', '.join(roots) + (f' (excluding {", ".join(excludes)})' if excludes else '')
    count = sum(len(v) for v in missing.values())
    total = sum(totals.values())
    if quiet:
        return 1 if count else 0
    if not count:
        print(f'doc-coverage: all {total} public declarations in {where} have a /// comment')
    else:
        print(f'doc-coverage: {count} of {total} public declarations in {where} have no /// comment')
    for module in sorted(totals):
        if verbose:
            print(f'  {module}: {totals[module]} public, {len(missing.get(module, []))} undocumented')
        elif module in missing:
            print(f'  {module}: {len(missing[module])}')
    if not count:
        return 0
    for module, items in sorted(missing.items()):
        for path, line, text in items:
            print(f'{path}:{line}: {text[:100]}')
    return 1


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # `| head` ends quietly
    sys.exit(main(sys.argv[1:]))
