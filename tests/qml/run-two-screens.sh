#!/bin/sh
# Runs a command on a private Xvfb with two 1920x1080 screens joined by Xinerama (two QScreens
# side by side), for the presenter console's test. Always a fresh display, whatever $DISPLAY is.
exec xvfb-run -a -s "-screen 0 1920x1080x24 -screen 1 1920x1080x24 +xinerama -extension RANDR" "$@"
