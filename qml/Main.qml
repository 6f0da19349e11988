// The application window: the map screen, full screen on request (F).
import QtQuick 2.15
import QtQuick.Window 2.15
import Diplomap 1.0

Window {
    id: window
    property string initialRegion: "world"
    property bool startFullScreen: false
    property bool screenshotMode: false
    property bool yearReviewOpen: false
    property bool startPresenter: false
    readonly property alias countryLayer: mapScreen.countryLayer
    readonly property alias labelPlacer: mapScreen.labelPlacer

    width: 1920
    height: 1080
    minimumWidth: 640
    minimumHeight: 360
    visible: true
    color: Theme.panel
    title: Localization.strings.title

    Component.onCompleted: if (startFullScreen) window.showFullScreen()
    // Presenting full screen: a larger text size unless the viewer chose one.
    Binding { target: Theme; property: "presenting"; value: window.visibility === Window.FullScreen }

    MapScreen {
        id: mapScreen
        anchors.fill: parent
        region: window.initialRegion
        animated: !window.screenshotMode
        Component.onCompleted: yearReview.open = window.yearReviewOpen
        onFullScreenToggled: window.visibility === Window.FullScreen ? window.showNormal() : window.showFullScreen()
    }

    StoryOverlay {
        id: storyOverlay
        anchors.fill: parent
        screenItem: mapScreen
        consoleOpen: window.startPresenter
    }
}
