// The export dialog (Export button or E; Esc or Cancel closes it): format (still or video),
// size preset or custom size, date (or the video's rows: VideoOptions.qml), language, theme,
// region, composed or bare, the output file, then Export with progress, time left and Cancel,
// and the result (ExportStatus.qml). Layout and bindings only: the state and the export
// itself are the Exporter singleton (ExportController).
import QtQuick 2.15
import Diplomap 1.0

Item {
    id: dialog
    property real u: 1
    property string region: "world" // the screen's region: the default extent
    property rect viewBox: Qt.rect(0, 0, 0, 0) // or the screen's view when it is none (lon/lat)
    property bool open: false
    readonly property alias panel: panel
    readonly property alias exportButton: exportButton
    readonly property alias cancelButton: cancelButton
    readonly property alias resultText: status.resultText

    function show() {
        if (open)
            return
        Exporter.prepare(region, viewBox)
        open = true
    }
    // Closing stops an export under way (it leaves no file). The focus leaves the text fields:
    // a hidden field would keep it and swallow the map's keys.
    function close() {
        Exporter.cancel()
        panel.forceActiveFocus()
        open = false
    }

    visible: open

    // The map behind is dimmed and takes no input.
    Rectangle {
        anchors.fill: parent
        color: "black"
        opacity: Theme.dark ? 0.55 : 0.35
    }
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        hoverEnabled: true
        onWheel: wheel.accepted = true
    }

    Rectangle {
        id: panel
        objectName: "exportPanel"
        anchors.centerIn: parent
        width: Math.min(960 * u, parent.width - 60 * u)
        height: content.height + 64 * u
        radius: 14 * u
        color: Theme.panel
        border.color: Theme.panelBorder
        border.width: Math.max(1, u)

        // A click beside the fields ends editing.
        MouseArea { anchors.fill: parent; onClicked: panel.forceActiveFocus() }

        Column {
            id: content
            x: 36 * u
            y: 32 * u
            width: parent.width - 72 * u
            spacing: 18 * u

            Item {
                width: parent.width
                height: Math.max(titleText.height, closeButton.height)
                Text {
                    id: titleText
                    anchors.verticalCenter: parent.verticalCenter
                    text: Localization.strings.exportTitle
                    font.pixelSize: 32 * u
                    font.bold: true
                    color: Theme.text
                }
                IconButton {
                    id: closeButton
                    u: dialog.u
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    implicitWidth: 44 * u
                    icon: "close"
                    tooltip: Localization.strings.close
                    onClicked: dialog.close()
                }
            }
            Rectangle {
                width: parent.width
                height: Math.max(1, u)
                color: Theme.panelBorder
            }

            Grid {
                id: grid
                readonly property real fieldWidth: width - 170 * u - columnSpacing
                width: parent.width
                columns: 2
                columnSpacing: 16 * u
                rowSpacing: 14 * u
                verticalItemAlignment: Grid.AlignTop
                enabled: !Exporter.busy
                opacity: enabled ? 1 : 0.6

                ExportLabel { u: dialog.u; text: Localization.strings.exportFormat }
                ExportChoices {
                    u: dialog.u
                    width: grid.fieldWidth
                    options: Exporter.formats
                    current: Exporter.format
                    onChosen: Exporter.format = value
                }

                ExportLabel { u: dialog.u; text: Localization.strings.exportSize }
                Column {
                    width: grid.fieldWidth
                    spacing: 10 * u
                    ExportChoices {
                        u: dialog.u
                        width: parent.width
                        options: Exporter.presets
                        current: Exporter.preset
                        onChosen: Exporter.preset = value
                    }
                    Row {
                        spacing: 10 * u
                        ExportField {
                            objectName: "exportWidth"
                            u: dialog.u
                            implicitWidth: 120 * u
                            text: Exporter.width
                            validator: IntValidator { bottom: 1; top: 99999 }
                            inputMethodHints: Qt.ImhDigitsOnly
                            onEdited: if (acceptable) Exporter.width = Number(text)
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: "×"
                            font.pixelSize: 20 * u
                            color: Theme.textMuted
                        }
                        ExportField {
                            objectName: "exportHeight"
                            u: dialog.u
                            implicitWidth: 120 * u
                            text: Exporter.height
                            validator: IntValidator { bottom: 1; top: 99999 }
                            inputMethodHints: Qt.ImhDigitsOnly
                            onEdited: if (acceptable) Exporter.height = Number(text)
                        }
                        Text {
                            anchors.verticalCenter: parent.verticalCenter
                            text: Localization.strings.exportPixels
                            font.pixelSize: 17 * u
                            color: Theme.textMuted
                        }
                    }
                }

            }

            VideoOptions {
                u: dialog.u
                width: parent.width
                visible: Exporter.videoFormat
                enabled: !Exporter.busy
                opacity: enabled ? 1 : 0.6
            }

            Grid {
                id: grid2
                readonly property real fieldWidth: width - 170 * u - columnSpacing
                width: parent.width
                columns: 2
                columnSpacing: 16 * u
                rowSpacing: 14 * u
                verticalItemAlignment: Grid.AlignTop
                enabled: !Exporter.busy
                opacity: enabled ? 1 : 0.6

                ExportLabel { u: dialog.u; text: Localization.strings.exportDate; visible: !Exporter.videoFormat }
                Row {
                    visible: !Exporter.videoFormat
                    spacing: 12 * u
                    ExportField {
                        objectName: "exportDate"
                        u: dialog.u
                        text: Exporter.date
                        valid: Exporter.dateValid
                        onEdited: Exporter.date = text
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: Localization.strings.exportDateHint
                        font.pixelSize: 16 * u
                        color: Exporter.dateValid ? Theme.textMuted : Theme.accent
                    }
                }

                ExportLabel { u: dialog.u; text: Localization.strings.exportLanguage }
                ExportChoices {
                    u: dialog.u
                    width: grid2.fieldWidth
                    options: Exporter.languages
                    current: Exporter.language
                    onChosen: Exporter.language = value
                }

                ExportLabel { u: dialog.u; text: Localization.strings.theme }
                ExportChoices {
                    u: dialog.u
                    width: grid2.fieldWidth
                    options: Exporter.themes
                    current: Exporter.theme
                    onChosen: Exporter.theme = value
                }

                // A story's scenes set the camera.
                ExportLabel { u: dialog.u; text: Localization.strings.exportRegion; visible: regionChoices.visible }
                ExportChoices {
                    id: regionChoices
                    objectName: "exportRegions"
                    visible: !(Exporter.videoFormat && Exporter.video.followsStory)
                    u: dialog.u
                    width: grid2.fieldWidth
                    options: Exporter.regions
                    key: "name"
                    current: Exporter.region
                    onChosen: Exporter.region = value
                }

                ExportLabel { u: dialog.u; text: Localization.strings.exportContent }
                ExportChoices {
                    u: dialog.u
                    width: grid2.fieldWidth
                    options: [{value: "composed", title: Localization.strings.exportComposed},
                              {value: "chart", title: Localization.strings.exportChart},
                              {value: "bare", title: Localization.strings.exportBare}]
                    current: Exporter.bare ? "bare" : Exporter.chart ? "chart" : "composed"
                    onChosen: { Exporter.bare = value === "bare"; Exporter.chart = value === "chart" }
                }

                ExportLabel { u: dialog.u; text: Localization.strings.exportFile }
                ExportField {
                    objectName: "exportPath"
                    u: dialog.u
                    width: grid2.fieldWidth
                    text: Exporter.outPath
                    onEdited: Exporter.outPath = text
                }
            }

            Rectangle {
                width: parent.width
                height: Math.max(1, u)
                color: Theme.panelBorder
            }

            // Progress while exporting; the saved file or the error afterwards; the buttons.
            Item {
                width: parent.width
                height: Math.max(status.height, buttons.height)

                ExportStatus {
                    id: status
                    u: dialog.u
                    anchors.left: parent.left
                    anchors.right: buttons.left
                    anchors.rightMargin: 24 * u
                    anchors.verticalCenter: parent.verticalCenter
                }

                Row {
                    id: buttons
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 12 * u
                    ToggleButton {
                        id: cancelButton
                        objectName: "exportCancel"
                        u: dialog.u
                        implicitHeight: 52 * u
                        text: Exporter.busy ? Localization.strings.cancel : Localization.strings.close
                        onClicked: Exporter.busy ? Exporter.cancel() : dialog.close()
                    }
                    // The primary action, coloured like the play button.
                    Rectangle {
                        id: exportButton
                        objectName: "exportStart"
                        width: startLabel.implicitWidth + 56 * u
                        height: 52 * u
                        radius: height / 2
                        enabled: !Exporter.busy
                        opacity: enabled ? 1 : 0.45
                        color: startArea.containsMouse ? Qt.darker(Theme.hub, 1.1) : Theme.hub
                        Accessible.role: Accessible.Button
                        Accessible.name: startLabel.text
                        Text {
                            id: startLabel
                            objectName: "exportStartLabel"
                            anchors.centerIn: parent
                            text: Exporter.outPathExists ? Localization.strings.exportReplace : Localization.strings.exportStart
                            font.pixelSize: 20 * u
                            font.bold: true
                            color: "white"
                        }
                        MouseArea {
                            id: startArea
                            anchors.fill: parent
                            hoverEnabled: true
                            cursorShape: Qt.PointingHandCursor
                            onClicked: Exporter.start()
                        }
                    }
                }
            }
        }
    }
}
