// A count that counts to a new date's value (Theme.countAnimationMs, easing out): the side
// panel's two counts and the hub's totals. Off (screenshots, tests) it jumps.
import QtQuick 2.15
import Diplomap 1.0

Text {
    id: number
    property int count
    property bool animated: true
    readonly property bool counting: animation.running
    property real shown: count
    Behavior on shown {
        enabled: number.animated
        NumberAnimation { id: animation; duration: Theme.countAnimationMs; easing.type: Easing.OutCubic }
    }
    text: Math.round(shown)
    font.bold: true
}
