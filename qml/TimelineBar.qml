// Bottom bar: previous event, play/pause, next event; the timeline with its years and event
// marks (drag to scrub, click a year for its end); the date; view and display options.
import QtQuick 2.15
import Diplomap 1.0

Rectangle {
    id: bar
    property real u: 1
    property string region: "world"
    property bool exportOpen: false
    readonly property alias track: track
    readonly property alias playButton: playButton
    signal regionChosen(string name)
    signal exportRequested()

    function closeMenus() { regionMenu.visible = false }
    // Too narrow for the track between the buttons (a large text size): the track on a row of
    // its own above them.
    readonly property bool stacked: width - buttons.width - options.width - 124 * u < width / 3

    height: (stacked ? 178 : 104) * u
    color: Theme.panel

    Rectangle {
        width: parent.width
        height: Math.max(1, u)
        color: Theme.panelBorder
    }
    MouseArea { anchors.fill: parent; acceptedButtons: Qt.AllButtons; onWheel: wheel.accepted = true }

    Row {
        id: buttons
        anchors.left: parent.left
        anchors.leftMargin: 28 * u
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: bar.stacked ? 37 * u : 0
        spacing: 10 * u
        IconButton {
            u: bar.u
            icon: "previous"
            tooltip: Localization.strings.previousEvent
            enabled: Timeline.hasPrevious
            anchors.verticalCenter: parent.verticalCenter
            onClicked: Timeline.stepPrevious()
        }
        IconButton {
            id: playButton
            objectName: "playButton"
            u: bar.u
            primary: true
            implicitWidth: 64 * u
            icon: Timeline.playing ? "pause" : "play"
            tooltip: Timeline.playing ? Localization.strings.pause : Localization.strings.play
            onClicked: Timeline.togglePlay()
        }
        IconButton {
            u: bar.u
            icon: "next"
            tooltip: Localization.strings.nextEvent
            enabled: Timeline.hasNext
            anchors.verticalCenter: parent.verticalCenter
            onClicked: Timeline.stepNext()
        }
    }

    // The track: one band per year, event marks, progress and handle.
    Item {
        id: track
        objectName: "timelineTrack"
        anchors.left: bar.stacked ? parent.left : buttons.right
        anchors.leftMargin: (bar.stacked ? 40 : 36) * u
        anchors.right: bar.stacked ? parent.right : options.left
        anchors.rightMargin: (bar.stacked ? 40 : 36) * u
        anchors.top: parent.top
        anchors.topMargin: 22 * u
        height: 28 * u

        // One band per year, or per decade over the whole history (a tick and its year at its start).
        Repeater {
            model: Timeline.years
            delegate: Item {
                objectName: modelData.decade ? "decade_" + modelData.year : "year_" + modelData.year
                readonly property bool current: Timeline.year >= modelData.year && Timeline.year <= modelData.last
                x: modelData.start * track.width
                width: (modelData.end - modelData.start) * track.width
                height: track.height
                Rectangle {
                    anchors.fill: parent
                    anchors.leftMargin: 1 * bar.u
                    color: index % 2 === 0 ? Theme.control : Qt.darker(Theme.control, Theme.dark ? 0.85 : 1.05)
                    radius: 3 * bar.u
                }
                Rectangle {
                    visible: modelData.decade
                    anchors.top: parent.bottom
                    width: 2 * bar.u
                    height: 6 * bar.u
                    color: Theme.textMuted
                }
                Text {
                    objectName: "label_" + modelData.year
                    // A decade's year at its tick, unless its band is too short for it (the first); the last
                    // year's label wins over a labelled neighbour it would touch.
                    readonly property var lastYear: Timeline.years[Timeline.years.length - 1]
                    readonly property real toLast: (lastYear.start + lastYear.end - modelData.start - modelData.end) / 2 * track.width
                    visible: modelData.labelled && (!modelData.decade || parent.width >= implicitWidth + 12 * bar.u)
                             && (modelData.decade || toLast === 0 || toLast >= 3 * font.pixelSize)
                    x: modelData.decade ? 0 : (parent.width - width) / 2
                    anchors.top: parent.bottom
                    anchors.topMargin: 8 * bar.u
                    text: modelData.year
                    font.pixelSize: 20 * bar.u
                    font.bold: current
                    color: current ? Theme.text : Theme.textMuted
                    MouseArea {
                        anchors.fill: parent
                        anchors.margins: -6 * bar.u
                        cursorShape: Qt.PointingHandCursor
                        onClicked: Timeline.showYear(modelData.year)
                    }
                }
            }
        }
        Rectangle {
            id: progressFill
            height: 6 * u
            anchors.verticalCenter: parent.verticalCenter
            width: Timeline.progress * track.width
            radius: height / 2
            color: Theme.hub
        }
        Repeater {
            model: Timeline.eventPositions
            delegate: Rectangle {
                x: modelData * track.width - width / 2
                anchors.verticalCenter: parent.verticalCenter
                width: 3 * bar.u
                height: track.height * 0.6
                radius: width / 2
                color: modelData <= Timeline.progress ? Theme.hub : Theme.textMuted
            }
        }
        Rectangle {
            id: handle
            x: Timeline.progress * track.width - width / 2
            anchors.verticalCenter: parent.verticalCenter
            width: 26 * u
            height: width
            radius: width / 2
            color: Theme.hub
            border.width: 3 * u
            border.color: Theme.hubOutline
        }
        MouseArea {
            anchors.fill: parent
            anchors.topMargin: -10 * u
            anchors.bottomMargin: -4 * u
            cursorShape: Qt.PointingHandCursor
            onPressed: { Timeline.pause(); Timeline.day = Math.round(mouse.x / track.width * Timeline.dayCount) }
            onPositionChanged: Timeline.day = Math.round(Math.max(0, Math.min(1, mouse.x / track.width)) * Timeline.dayCount)
        }
    }

    Row {
        id: options
        anchors.right: parent.right
        anchors.rightMargin: 24 * u
        anchors.verticalCenter: parent.verticalCenter
        anchors.verticalCenterOffset: bar.stacked ? 37 * u : 0
        spacing: 8 * u
        ToggleButton {
            id: regionButton
            u: bar.u
            text: Camera.regionTitles[bar.region] || Localization.strings.regions
            checked: regionMenu.visible
            onClicked: regionMenu.visible = !regionMenu.visible
        }
        ToggleButton {
            u: bar.u
            text: Localization.strings.allYears
            checked: Timeline.fullRange
            onClicked: Timeline.fullRange = !Timeline.fullRange
        }
        ToggleButton {
            u: bar.u
            text: Localization.strings.labels
            checked: Interaction.showLabels
            onClicked: Interaction.showLabels = !Interaction.showLabels
        }
        ToggleButton {
            u: bar.u
            text: Theme.dark ? Localization.strings.light : Localization.strings.dark
            onClicked: Theme.toggle()
        }
        ToggleButton {
            objectName: "languageButton"
            u: bar.u
            text: Localization.strings.language
            onClicked: Localization.toggle()
        }
        ToggleButton {
            objectName: "exportButton"
            u: bar.u
            text: Localization.strings.exportAction
            checked: bar.exportOpen
            onClicked: { bar.closeMenus(); bar.exportRequested() }
        }
    }

    // Region presets, above the region button.
    Rectangle {
        id: regionMenu
        visible: false
        x: options.x + regionButton.x
        y: -height - 8 * u
        width: menuColumn.width + 16 * u
        height: menuColumn.height + 16 * u
        radius: 10 * u
        color: Theme.panel
        border.color: Theme.panelBorder
        Column {
            id: menuColumn
            x: 8 * u
            y: 8 * u
            spacing: 4 * u
            Repeater {
                model: Camera.regions
                delegate: ToggleButton {
                    u: bar.u
                    text: modelData.title
                    checked: modelData.name === bar.region
                    onClicked: { regionMenu.visible = false; bar.regionChosen(modelData.name) }
                }
            }
        }
    }
}
