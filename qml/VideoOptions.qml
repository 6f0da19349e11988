// The export dialog's video rows (shown for MP4, WebM, GIF and PNG sequence): what plays (the
// date range, or the story open in the app: its scenes set the dates and the camera), the date
// range (the timeline's view by default), the length as seconds or days per second, the frame
// rate and the hold on the first and last dates (a story: on each scene). Bindings to
// Exporter.video (VideoSettings).
import QtQuick 2.15
import Diplomap 1.0

Grid {
    id: rows
    property real u: 1
    readonly property real fieldWidth: width - 170 * u - columnSpacing
    readonly property var video: Exporter.video
    columns: 2
    columnSpacing: 16 * u
    rowSpacing: 14 * u
    verticalItemAlignment: Grid.AlignTop

    ExportLabel { u: rows.u; text: Localization.strings.videoSource; visible: video.storyOpen }
    ExportChoices {
        objectName: "videoSource"
        u: rows.u
        width: rows.fieldWidth
        visible: video.storyOpen
        options: video.sources
        current: video.source
        onChosen: video.source = value
    }

    ExportLabel { u: rows.u; text: Localization.strings.videoRange; visible: !video.followsStory }
    Row {
        visible: !video.followsStory
        spacing: 12 * u
        ExportField {
            objectName: "videoFrom"
            u: rows.u
            implicitWidth: 160 * u
            text: video.from
            valid: video.fromValid
            onEdited: video.from = text
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: Localization.strings.videoTo
            font.pixelSize: 17 * u
            color: Theme.textMuted
        }
        ExportField {
            objectName: "videoTo"
            u: rows.u
            implicitWidth: 160 * u
            text: video.to
            valid: video.toValid
            onEdited: video.to = text
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: Localization.strings.exportDateHint
            font.pixelSize: 16 * u
            color: video.fromValid && video.toValid ? Theme.textMuted : Theme.accent
        }
    }

    ExportLabel { u: rows.u; text: Localization.strings.videoPace; visible: !video.followsStory }
    Column {
        visible: !video.followsStory
        width: rows.fieldWidth
        spacing: 10 * u
        ExportChoices {
            u: rows.u
            width: parent.width
            options: video.paces
            current: video.pace
            onChosen: video.pace = value
        }
        Row {
            spacing: 12 * u
            ExportField {
                objectName: "videoPaceValue"
                u: rows.u
                implicitWidth: 120 * u
                text: video.paceValue
                valid: video.paceValid
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: video.paceValue = text
            }
            Text {
                objectName: "videoLength"
                anchors.verticalCenter: parent.verticalCenter
                text: video.lengthText
                font.pixelSize: 16 * u
                color: Theme.textMuted
            }
        }
    }

    ExportLabel { u: rows.u; text: Localization.strings.videoFps }
    ExportChoices {
        u: rows.u
        width: rows.fieldWidth
        options: video.fpsOptions
        current: video.fps
        onChosen: video.fps = value
    }

    ExportLabel { u: rows.u; text: video.holdTitle }
    Row {
        spacing: 12 * u
        ExportField {
            objectName: "videoHold"
            u: rows.u
            implicitWidth: 120 * u
            text: video.hold
            valid: video.holdValid
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onEdited: video.hold = text
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: Localization.strings.videoSeconds
            font.pixelSize: 16 * u
            color: Theme.textMuted
        }
        Text {
            objectName: "videoStoryLength"
            visible: video.followsStory
            anchors.verticalCenter: parent.verticalCenter
            text: video.lengthText
            font.pixelSize: 16 * u
            color: Theme.textMuted
        }
    }
}
