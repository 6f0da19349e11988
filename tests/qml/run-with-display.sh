#!/bin/sh
# Runs a command with an X display: the current one, or a private Xvfb (Mesa llvmpipe gives
# OpenGL) when none is set. Used by the GUI tests so that plain `ctest` works too.
if [ -n "$DISPLAY" ]; then
    exec "$@"
fi
exec xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
