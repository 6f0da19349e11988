// A row of pill buttons for the export dialog, one per option {value, title} (or
// {name, title} with key "name"); `current` is checked.
import QtQuick 2.15

Flow {
    id: choices
    property real u: 1
    property var options: []
    property string key: "value"
    property var current
    signal chosen(var value)
    spacing: 8 * u
    Repeater {
        model: choices.options
        delegate: ToggleButton {
            u: choices.u
            text: modelData.title
            checked: modelData[choices.key] === choices.current
            onClicked: choices.chosen(modelData[choices.key])
        }
    }
}
