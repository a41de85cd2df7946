"""Repository rule: V8 10.2 from Debian's libnode108 + libnode-dev, unpacked.

The packages are downloaded with `apt-get download` and unpacked with
`dpkg -x` into this repository's own folder: never installed, and the image's
/usr/include/node (Node.js 20, V8 11.3, a different ABI) is never on an
include path. See BUILDING.md.
"""

def _libnode_impl(ctx):
    result = ctx.execute(
        ["sh", "-c", " && ".join([
            "apt-get download libnode108 libnode-dev",
            "for d in *.deb; do dpkg -x \"$d\" root; done",
            "rm -f *.deb",
            "test -f root/usr/include/node/v8.h",
            "test -f root/usr/lib/x86_64-linux-gnu/libnode.so.108",
        ])],
        timeout = 600,
        quiet = False,
    )
    if result.return_code != 0:
        fail("could not fetch libnode108/libnode-dev (run `apt-get update` first?):\n" +
             result.stdout + result.stderr)
    ctx.symlink(ctx.attr.build_file, "BUILD.bazel")

libnode_repository = repository_rule(
    implementation = _libnode_impl,
    attrs = {"build_file": attr.label(allow_single_file = True)},
    local = False,
)
