// The export dialog's status: while exporting, the progress with the percentage and the time
// left; afterwards the saved file or the error (in the UI language); a warning when the file
// exists.
import QtQuick 2.15
import Diplomap 1.0

Column {
    id: status
    property real u: 1
    readonly property alias resultText: resultText
    spacing: 8 * u
    Item {
        width: parent.width
        height: progressLabel.height
        visible: Exporter.busy
        Text {
            id: progressLabel
            text: Localization.strings.exporting
            font.pixelSize: 17 * u
            color: Theme.text
        }
        Text {
            objectName: "exportTimeLeft"
            anchors.horizontalCenter: parent.horizontalCenter
            text: Exporter.timeLeft
            font.pixelSize: 17 * u
            color: Theme.textMuted
        }
        Text {
            anchors.right: parent.right
            text: Math.round(Exporter.progress * 100) + " %"
            font.pixelSize: 17 * u
            font.bold: true
            color: Theme.text
        }
    }
    Rectangle {
        objectName: "exportProgress"
        visible: Exporter.busy
        width: parent.width
        height: 10 * u
        radius: height / 2
        color: Theme.control
        Rectangle {
            width: Math.max(parent.height, Exporter.progress * parent.width)
            height: parent.height
            radius: height / 2
            color: Theme.hub
        }
    }
    Text {
        id: resultText
        objectName: "exportResult"
        width: parent.width
        visible: !Exporter.busy && text !== ""
        text: Exporter.lastError !== "" ? Exporter.lastError
            : Exporter.lastFile !== "" ? Localization.strings.exportSaved + " " + Exporter.lastFile : ""
        font.pixelSize: 17 * u
        font.bold: Exporter.lastError !== ""
        color: Exporter.lastError !== "" ? Theme.accent : Theme.text
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere // words whole; a long path breaks anywhere
        maximumLineCount: 3
        elide: Text.ElideMiddle
    }
    Text {
        objectName: "exportExists"
        width: parent.width
        visible: !Exporter.busy && Exporter.outPathExists
        text: Localization.strings.exportExists
        font.pixelSize: 17 * u
        font.bold: true
        color: Theme.accent
        wrapMode: Text.Wrap
    }
}
