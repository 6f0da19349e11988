// A story on the audience screen: the map flies to each scene's camera, the caption and the
// scene counter read from the back of a hall (MapStyle sizes), B blacks the screen out; the
// story panel (S) edits it. The
// state is the Story singleton (quick/story/storyplayer); this file binds it to the map screen.
import QtQuick 2.15
import QtQuick.Window 2.15
import Diplomap 1.0

Item {
    id: overlay
    property var screenItem // the MapScreen
    readonly property real u: screenItem.u
    readonly property alias keys: keys
    readonly property alias caption: captionBox
    readonly property alias panel: panel

    function apply(animate) {
        if (!Story.active)
            return
        screenItem.userMoved = true // the story's camera, not a region preset, is refitted on resize
        screenItem.flyTo(Story.view(screenItem.freeRect(), Qt.size(screenItem.map.width, screenItem.map.height)), animate, Story.moveMs)
    }
    Component.onCompleted: apply(false)
    Connections { target: Story; function onSceneChanged() { overlay.apply(true) } }
    Connections {
        target: screenItem.map
        function onWidthChanged() { overlay.apply(false) }
        function onHeightChanged() { overlay.apply(false) }
    }

    Rectangle {
        id: captionBox
        objectName: "storyCaption"
        visible: Story.active && !Story.blackout
        readonly property real maxWidth: screenItem.freeRect().width - 64 * u
        x: screenItem.map.x + (screenItem.freeRect().width - width) / 2
        y: screenItem.map.y + screenItem.map.height - height - 28 * u
        width: Math.min(maxWidth, captionText.implicitWidth + counterText.implicitWidth + 72 * u)
        height: Math.max(captionText.height, counterText.height) + 28 * u
        radius: 10 * u
        color: Qt.rgba(Theme.panel.r, Theme.panel.g, Theme.panel.b, 0.92)
        border.color: Theme.panelBorder
        Text {
            id: captionText
            objectName: "storyCaptionText"
            x: 24 * u
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width - counterText.implicitWidth - 72 * u
            text: Story.caption
            wrapMode: Text.Wrap
            font.pixelSize: Theme.sizes.caption * u
            font.bold: true
            color: Theme.text
        }
        Text {
            id: counterText
            objectName: "storyCounter"
            anchors.right: parent.right
            anchors.rightMargin: 24 * u
            anchors.verticalCenter: parent.verticalCenter
            text: Story.counter
            font.pixelSize: Theme.sizes.counter * u
            color: Theme.textMuted
        }
    }

    Rectangle {
        objectName: "storyBlackout"
        anchors.fill: parent
        visible: Story.blackout
        color: "black"
        MouseArea { anchors.fill: parent } // nothing under it reacts
    }

    StoryPanel {
        id: panel
        objectName: "storyPanel"
        u: overlay.u
        screenItem: overlay.screenItem
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.bottomMargin: parent.height - screenItem.map.y - screenItem.map.height
    }
    Shortcut { sequence: "S"; enabled: screenItem.keysFree && !panel.visible; onActivated: panel.toggle() }

    // Off while the panel's fields take the keyboard.
    StoryKeys {
        id: keys
        enabled: screenItem.keysFree && !panel.visible
        onConsoleToggled: overlay.consoleOpen = !overlay.consoleOpen
    }

    // The presenter console. With two screens or more: the console on the first, the audience
    // window full screen on the second, again whenever a screen comes or goes.
    property bool consoleOpen: false
    readonly property alias presenterConsole: presenter
    readonly property var audience: Window.window
    PresenterConsole {
        id: presenter
        objectName: "presenterConsole"
        visible: overlay.consoleOpen && Story.active
        onVisibleChanged: overlay.placeWindows()
        onClosing: overlay.consoleOpen = false
    }
    function placeWindows() {
        var screens = Qt.application.screens
        if (!presenter.visible || screens.length < 2 || !audience)
            return
        presenter.screen = screens[0]
        presenter.x = screens[0].virtualX + 40
        presenter.y = screens[0].virtualY + 40
        audience.screen = screens[1]
        audience.x = screens[1].virtualX
        audience.y = screens[1].virtualY
        audience.showFullScreen()
    }
    Connections { target: Qt.application; function onScreensChanged() { overlay.placeWindows() } }
}
