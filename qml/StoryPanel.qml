// The story panel (S): open a story file, present it, add the current view as a scene, reorder,
// delete, edit the captions and notes (in the UI language) and the animations; save, save as.
// Bindings to the Story singleton (quick/story/storyplayer) only.
import QtQuick 2.15
import QtQuick.Layouts 1.15
import Diplomap 1.0

Rectangle {
    id: panel
    property real u: 1
    property var screenItem // the MapScreen: its visible box is the new scene's camera
    signal presentRequested()

    visible: false
    width: 560 * u
    color: Theme.panel
    border.color: Theme.panelBorder
    function toggle() { visible = !visible }

    component Action: ToggleButton {
        u: panel.u
        opacity: enabled ? 1 : 0.35
    }
    // A one-line text field; `committed` when editing ends (Enter or focus leaves).
    component Field: Rectangle {
        id: field
        property alias text: input.text
        property string placeholderText
        property alias validator: input.validator
        property real fontSize: 15 * panel.u
        signal committed(string text)
        implicitHeight: 40 * panel.u
        radius: 6 * panel.u
        color: Theme.control
        border.width: (input.activeFocus ? 2 : 1) * panel.u
        border.color: input.activeFocus ? Theme.text : Theme.panelBorder
        TextInput {
            id: input
            anchors.fill: parent
            anchors.leftMargin: 10 * panel.u
            anchors.rightMargin: 10 * panel.u
            verticalAlignment: TextInput.AlignVCenter
            font.pixelSize: field.fontSize
            color: Theme.text
            selectByMouse: true
            clip: true
            onEditingFinished: field.committed(text)
        }
        Text {
            anchors.fill: input
            verticalAlignment: Text.AlignVCenter
            visible: input.text === "" && !input.activeFocus
            text: field.placeholderText
            font.pixelSize: field.fontSize
            color: Theme.textMuted
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20 * u
        spacing: 10 * u

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: Localization.strings.story + (Story.title !== "" ? " · " + Story.title : "") + (Story.modified ? " *" : "")
                font.pixelSize: 22 * u
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Action { text: "✕"; onClicked: panel.visible = false }
        }
        Field {
            id: path
            objectName: "storyPath"
            Layout.fillWidth: true
            placeholderText: Localization.strings.storyFile
            text: Story.fileName
        }
        RowLayout {
            spacing: 8 * u
            Action { text: Localization.strings.storyNew; onClicked: Story.newStory() }
            Action { text: Localization.strings.storyOpen; onClicked: Story.openSpec(path.text) }
            Action { text: Localization.strings.storySave; enabled: Story.fileName !== ""; onClicked: Story.save() }
            Action { text: Localization.strings.storySaveAs; onClicked: Story.saveAs(path.text) }
            Action {
                text: Localization.strings.storyPlay
                enabled: Story.sceneCount > 0
                onClicked: { Story.play(); panel.visible = false; panel.presentRequested() }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: Story.error
            wrapMode: Text.Wrap
            font.pixelSize: 14 * u
            color: "#c0392b"
        }
        Action {
            text: "+ " + Localization.strings.storyAddScene
            onClicked: Story.addScene(panel.screenItem.visibleBox())
        }

        ListView {
            id: list
            objectName: "storyScenes"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8 * u
            model: Story.scenes
            currentIndex: Story.sceneIndex
            delegate: Rectangle {
                width: list.width
                height: column.implicitHeight + 16 * u
                radius: 6 * u
                color: index === Story.sceneIndex ? Theme.control : "transparent"
                border.color: Theme.panelBorder
                ColumnLayout {
                    id: column
                    x: 8 * u
                    y: 8 * u
                    width: parent.width - 16 * u
                    spacing: 4 * u
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: (index + 1) + " · " + modelData.date
                            font.pixelSize: 15 * u
                            font.bold: true
                            color: Theme.text
                            MouseArea { anchors.fill: parent; onClicked: Story.goTo(index) }
                        }
                        Action { text: "▲"; enabled: index > 0; onClicked: Story.moveScene(index, index - 1) }
                        Action { text: "▼"; enabled: index + 1 < Story.sceneCount; onClicked: Story.moveScene(index, index + 1) }
                        Action { text: "✕"; onClicked: Story.removeScene(index) }
                    }
                    Field {
                        Layout.fillWidth: true
                        placeholderText: Localization.strings.storyCaption
                        text: modelData.caption
                        onCommitted: if (text !== modelData.caption) Story.setCaption(index, text)
                    }
                    Field {
                        Layout.fillWidth: true
                        placeholderText: Localization.strings.storyNotes
                        text: modelData.notes
                        fontSize: 14 * u
                        onCommitted: if (text !== modelData.notes) Story.setNotes(index, text)
                    }
                    RowLayout {
                        visible: index > 0
                        Text { text: Localization.strings.storyAnimation; font.pixelSize: 14 * u; color: Theme.textMuted }
                        Field {
                            Layout.preferredWidth: 110 * u
                            text: modelData.duration
                            validator: IntValidator { bottom: 0; top: 600000 }
                            fontSize: 14 * u
                            onCommitted: if (Number(text) !== modelData.duration) Story.setAnimation(index, Number(text))
                        }
                    }
                }
            }
        }
    }
}
