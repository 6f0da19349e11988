#!/bin/sh
# check-qml-depends.sh QML_SOURCE_DIR QT_QML_DIR CPACK_CONFIG: every QML module that qml/ imports
# (but diplomap's own) is a Depends of the .deb: the Debian package that holds the module's
# folder on this machine (dpkg -S) must be in CPACK_DEBIAN_PACKAGE_DEPENDS.
set -eu
qml=$1 modules=$2 config=$3
depends=$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_DEPENDS "\(.*\)")$/\1/p' "$config")
[ -n "$depends" ] || { echo "$config: no CPACK_DEBIAN_PACKAGE_DEPENDS"; exit 1; }
failed=0
for module in $(sed -n 's/^import \([A-Za-z.]*\) \([0-9]*\)\..*/\1:\2/p' "$qml"/*.qml | sort -u); do
    name=${module%:*} major=${module#*:}
    [ "$name" = Diplomap ] && continue
    dir=$modules/$(echo "$name" | tr . /)
    [ -d "$dir.$major" ] && dir=$dir.$major
    package=$(dpkg -S "$dir" 2>/dev/null | sed -n '1s/:.*//p')
    if [ -z "$package" ]; then
        echo "import $name $major: no Debian package holds $dir"
        failed=1
    elif ! echo ", $depends," | grep -q ", $package,"; then
        echo "import $name $major: $package is missing from Depends: $depends"
        failed=1
    else
        echo "ok: import $name $major: $package"
    fi
done
exit $failed
