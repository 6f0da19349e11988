// A field's name in the export dialog, level with the first line of its control.
import QtQuick 2.15
import Diplomap 1.0

Text {
    property real u: 1
    width: 170 * u
    height: 44 * u
    verticalAlignment: Text.AlignVCenter
    font.pixelSize: 18 * u
    font.bold: true
    color: Theme.textMuted
    elide: Text.ElideRight
}
