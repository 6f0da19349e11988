// The export dialog (Export button or E; Esc or Cancel closes it): format, size preset or
// custom size, date, language, theme, region, composed or bare, the output file, then Export
// with a progress bar and Cancel, and the result. Layout and bindings only: the state and the
// export itself are the Exporter singleton (ExportController).
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
    readonly property alias resultText: resultText

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

    // A row of pill buttons, one per option {value, title} (or {name, title} with key "name").
    component Choices: Flow {
        id: choices
        property real u: 1
        property var options: []
        property string key: "value"
        property string current: ""
        signal chosen(string value)
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
    // A one-line text field in the panel's style; red-bordered when not `valid`.
    component Field: Rectangle {
        id: field
        property real u: 1
        property alias text: input.text
        property alias validator: input.validator
        property alias inputMethodHints: input.inputMethodHints
        readonly property alias acceptable: input.acceptableInput
        property bool valid: true
        signal edited(string text)
        implicitWidth: 180 * u
        implicitHeight: 44 * u
        radius: 8 * u
        color: Theme.control
        border.width: (input.activeFocus || !valid ? 2 : 1) * u
        border.color: !valid ? Theme.accent : (input.activeFocus ? Theme.text : Theme.panelBorder)
        TextInput {
            id: input
            anchors.fill: parent
            anchors.leftMargin: 14 * field.u
            anchors.rightMargin: 14 * field.u
            verticalAlignment: TextInput.AlignVCenter
            font.pixelSize: 18 * field.u
            color: Theme.text
            selectByMouse: true
            selectionColor: Theme.hub
            selectedTextColor: "white"
            clip: true
            onTextEdited: field.edited(text)
        }
    }
    // A field's name, level with the first line of its control.
    component Label: Text {
        property real u: 1
        width: 170 * u
        height: 44 * u
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: 18 * u
        font.bold: true
        color: Theme.textMuted
        elide: Text.ElideRight
    }

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

                Label { u: dialog.u; text: Localization.strings.exportFormat }
                Choices {
                    u: dialog.u
                    width: grid.fieldWidth
                    options: Exporter.formats
                    current: Exporter.format
                    onChosen: Exporter.format = value
                }

                Label { u: dialog.u; text: Localization.strings.exportSize }
                Column {
                    width: grid.fieldWidth
                    spacing: 10 * u
                    Choices {
                        u: dialog.u
                        width: parent.width
                        options: Exporter.presets
                        current: Exporter.preset
                        onChosen: Exporter.preset = value
                    }
                    Row {
                        spacing: 10 * u
                        Field {
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
                        Field {
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

                Label { u: dialog.u; text: Localization.strings.exportDate }
                Row {
                    spacing: 12 * u
                    Field {
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

                Label { u: dialog.u; text: Localization.strings.exportLanguage }
                Choices {
                    u: dialog.u
                    width: grid.fieldWidth
                    options: Exporter.languages
                    current: Exporter.language
                    onChosen: Exporter.language = value
                }

                Label { u: dialog.u; text: Localization.strings.theme }
                Choices {
                    u: dialog.u
                    width: grid.fieldWidth
                    options: Exporter.themes
                    current: Exporter.theme
                    onChosen: Exporter.theme = value
                }

                Label { u: dialog.u; text: Localization.strings.exportRegion }
                Choices {
                    u: dialog.u
                    width: grid.fieldWidth
                    options: Exporter.regions
                    key: "name"
                    current: Exporter.region
                    onChosen: Exporter.region = value
                }

                Label { u: dialog.u; text: Localization.strings.exportContent }
                Choices {
                    u: dialog.u
                    width: grid.fieldWidth
                    options: [{value: "composed", title: Localization.strings.exportComposed},
                              {value: "chart", title: Localization.strings.exportChart},
                              {value: "bare", title: Localization.strings.exportBare}]
                    current: Exporter.bare ? "bare" : Exporter.chart ? "chart" : "composed"
                    onChosen: { Exporter.bare = value === "bare"; Exporter.chart = value === "chart" }
                }

                Label { u: dialog.u; text: Localization.strings.exportFile }
                Field {
                    objectName: "exportPath"
                    u: dialog.u
                    width: grid.fieldWidth
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

                Column {
                    id: status
                    anchors.left: parent.left
                    anchors.right: buttons.left
                    anchors.rightMargin: 24 * u
                    anchors.verticalCenter: parent.verticalCenter
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
                        wrapMode: Text.WrapAnywhere
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
