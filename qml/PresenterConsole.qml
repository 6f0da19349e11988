// The presenter console (P, or --presenter): the current scene, a still of the next one (drawn
// by the export renderer, image://story), the notes large, the elapsed time and the clock, the
// scene list to jump to any scene. With two screens it opens on the first and the audience
// window goes full screen on the other (StoryOverlay places them). The delivery keys work here too.
import QtQuick 2.15
import QtQuick.Window 2.15
import Diplomap 1.0

Window {
    id: consoleWindow
    property var startedAt: new Date()
    property var now: new Date()
    readonly property real u: Theme.unitFor(width, height)
    function pad(n) { return (n < 10 ? "0" : "") + n }
    readonly property int elapsedS: Math.max(0, Math.floor((now - startedAt) / 1000))

    title: Localization.strings.presenterConsole
    width: 1280
    height: 800
    color: Theme.panel

    Timer { interval: 1000; running: consoleWindow.visible; repeat: true; onTriggered: consoleWindow.now = new Date() }
    Connections {
        target: Story
        function onActiveChanged() { if (Story.active) consoleWindow.startedAt = new Date() }
    }
    onVisibleChanged: if (visible) now = new Date()

    Row { // the counter, the elapsed time and the clock
        id: topBar
        x: 32 * u
        y: 20 * u
        spacing: 40 * u
        Text { objectName: "consoleCounter"; text: Story.counter; font.pixelSize: 34 * u; font.bold: true; color: Theme.text }
        Text {
            objectName: "consoleElapsed"
            text: "⏱ " + consoleWindow.pad(Math.floor(consoleWindow.elapsedS / 60)) + ":" + consoleWindow.pad(consoleWindow.elapsedS % 60)
            font.pixelSize: 34 * u
            color: Theme.text
        }
        Text { text: "🕓 " + consoleWindow.pad(consoleWindow.now.getHours()) + ":" + consoleWindow.pad(consoleWindow.now.getMinutes()); font.pixelSize: 34 * u; color: Theme.textMuted }
        Text { visible: Story.blackout; text: "■ B"; font.pixelSize: 34 * u; font.bold: true; color: "#c0392b" }
    }

    Column { // the current scene and its notes
        id: current
        x: 32 * u
        y: topBar.y + topBar.height + 20 * u
        width: parent.width * 0.55
        spacing: 12 * u
        Text {
            objectName: "consoleCaption"
            width: parent.width
            text: Story.caption
            wrapMode: Text.Wrap
            font.pixelSize: 30 * u
            font.bold: true
            color: Theme.text
        }
        Flickable {
            width: parent.width
            height: consoleWindow.height - current.y - sceneList.height - 80 * u
            contentHeight: notes.height
            clip: true
            Text {
                id: notes
                objectName: "consoleNotes"
                width: parent.width
                text: Story.notes
                wrapMode: Text.Wrap
                font.pixelSize: 28 * u
                lineHeight: 1.2
                color: Theme.text
            }
        }
    }

    Column { // the next scene
        x: current.x + current.width + 32 * u
        y: current.y
        width: parent.width - x - 32 * u
        spacing: 10 * u
        Text { text: Localization.strings.nextScene; font.pixelSize: 20 * u; font.bold: true; color: Theme.textMuted }
        Image {
            id: preview
            objectName: "consolePreview"
            width: parent.width
            height: width * 9 / 16
            visible: Story.sceneIndex + 1 < Story.sceneCount
            sourceSize: Qt.size(Math.round(width), Math.round(height))
            source: visible ? "image://story/" + (Story.sceneIndex + 1) + "/" + Localization.language + "/" + Theme.name
                              + "/" + Story.scenes.length : ""
            cache: false
        }
        Text {
            objectName: "consoleNextDate"
            width: parent.width
            text: preview.visible ? Story.scenes[Story.sceneIndex + 1].date + " · " + Story.nextCaption : Localization.strings.lastScene
            wrapMode: Text.Wrap
            font.pixelSize: 22 * u
            color: Theme.text
        }
    }

    ListView { // every scene: click to go there
        id: sceneList
        objectName: "consoleScenes"
        x: 32 * u
        width: parent.width - 64 * u
        height: 110 * u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 20 * u
        orientation: ListView.Horizontal
        spacing: 8 * u
        clip: true
        model: Story.scenes
        currentIndex: Story.sceneIndex
        onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
        delegate: Rectangle {
            width: 220 * consoleWindow.u
            height: sceneList.height
            radius: 8 * consoleWindow.u
            color: index === Story.sceneIndex ? Theme.hub : Theme.control
            Text {
                anchors.fill: parent
                anchors.margins: 10 * consoleWindow.u
                text: (index + 1) + " · " + modelData.date + "\n" + modelData.caption
                wrapMode: Text.Wrap
                elide: Text.ElideRight
                font.pixelSize: 16 * consoleWindow.u
                color: index === Story.sceneIndex ? "white" : Theme.text
            }
            MouseArea { anchors.fill: parent; onClicked: Story.goTo(index) }
        }
    }

    StoryKeys { onConsoleToggled: consoleWindow.visible = false }
}
