#pragma once
// The app's export dialog as C++ state: format (a still: PNG, SVG, PDF; or a video: MP4,
// WebM, GIF, PNG sequence), size (a preset or custom), date (or the video's range, pace and
// frame rate: VideoSettings), language, theme, region, bare or composed, and the output file.
// start() runs SnapshotExporter::write or VideoExporter::write as an ExportJob (a worker
// thread, progress, time left, cancel) with a shared copy of the data set, and
// finished(ok, message) reports the result (the saved path, or an error naming what went
// wrong, in the UI language). The exporters write to a temporary name and rename: an error or a
// cancel leaves no file. QML: the "Exporter" singleton (diplomapqml.cpp).
#include "exportjob.h"
#include "snapshotexporter.h"
#include "videoexporter.h"
#include "videosettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSizeF>
#include <QVariantList>


class MapController;

class ExportController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY formatChanged)             // png, svg, pdf, mp4, webm, gif, png-seq
    Q_PROPERTY(QVariantList formats READ formats NOTIFY optionsChanged)                    // [{value, title}]
    Q_PROPERTY(bool videoFormat READ isVideoFormat NOTIFY formatChanged)                   // mp4, webm, gif, png-seq
    Q_PROPERTY(VideoSettings *video READ video CONSTANT)
    Q_PROPERTY(QString preset READ preset WRITE setPreset NOTIFY sizeChanged)              // 1080p ... a3, custom
    Q_PROPERTY(QVariantList presets READ presets NOTIFY optionsChanged)                    // [{value, title}]
    Q_PROPERTY(int width READ width WRITE setWidth NOTIFY sizeChanged)
    Q_PROPERTY(int height READ height WRITE setHeight NOTIFY sizeChanged)
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)                    // YYYY-MM-DD
    Q_PROPERTY(bool dateValid READ isDateValid NOTIFY dateChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)    // vi, en
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)                             // [{value, title}]
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)                // light, dark
    Q_PROPERTY(QVariantList themes READ themes NOTIFY optionsChanged)                      // [{value, title}]
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY regionChanged)            // "view" or Regions::all()
    Q_PROPERTY(QVariantList regions READ regions NOTIFY optionsChanged)                    // [{name, title}]
    Q_PROPERTY(bool bare READ isBare WRITE setBare NOTIFY bareChanged)
    Q_PROPERTY(bool chart READ hasChart WRITE setChart NOTIFY bareChanged) // a composed map with the history chart
    Q_PROPERTY(QString outPath READ outPath WRITE setOutPath NOTIFY outPathChanged)
    Q_PROPERTY(bool outPathExists READ outPathExists NOTIFY outPathExistsChanged)          // exporting replaces it
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)                       // 0..1
    Q_PROPERTY(QString timeLeft READ timeLeft NOTIFY timeLeftChanged)                      // "about 0:42 left", or ""
    Q_PROPERTY(QString lastError READ lastError NOTIFY resultChanged)
    Q_PROPERTY(QString lastFile READ lastFile NOTIFY resultChanged)

public:
    explicit ExportController(MapController *map, QObject *parent = nullptr);

    QString format() const;
    void setFormat(const QString &format); // ignores unknown formats; the path's extension follows
    QVariantList formats() const;
    bool isVideoFormat() const;
    VideoSettings *video() { return &m_video; }
    QString preset() const { return m_preset; }
    void setPreset(const QString &preset); // ignores unknown presets
    QVariantList presets() const; // those the format allows (video: 720p to 4K)
    int width() const { return m_size.width(); }
    void setWidth(int width);   // a size no preset has makes the preset "custom"
    int height() const { return m_size.height(); }
    void setHeight(int height);
    QString date() const { return m_date; }
    void setDate(const QString &isoDate); // kept as typed; dateValid says whether it parses
    bool isDateValid() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language); // vi or en
    QVariantList languages() const;
    QString theme() const;
    void setTheme(const QString &theme); // light or dark
    QVariantList themes() const;
    QString region() const { return m_region; }
    QVariantList regions() const; // the current view first, when there is one
    void setRegion(const QString &region); // ignores unknown regions
    bool isBare() const { return m_bare; }
    void setBare(bool bare);
    bool hasChart() const { return m_chart; }
    void setChart(bool chart);
    QString outPath() const { return m_outPath; }
    void setOutPath(const QString &path); // a path set here is kept when the date changes
    bool outPathExists() const { return m_outPathExists; }
    bool isBusy() const { return m_job.isBusy(); }
    double progress() const { return m_job.progress(); }
    QString timeLeft() const { return m_timeLeft; }
    QString lastError() const { return m_lastError; }
    QString lastFile() const { return m_lastFile; }

    // The options start() would export with (the size checked by SnapshotExporter::validate).
    SnapshotOptions options() const;
    // The options start() would export a video with; false with the problem (UI language) when
    // the video settings are invalid (the rest is checked by VideoExporter::validate).
    bool videoOptions(VideoOptions *options, QString *error) const;
    // Defaults for a new dialog: the timeline's date (and its view as the video's range), the UI's language and theme, and the
    // screen's extent: `viewBox` (the map's visible lon/lat box, MINLON,MINLAT to MAXLON,MAXLAT)
    // as the region "view" when it is not empty, else the screen's region (world when `region`
    // is empty or unknown); clears the last result.
    Q_INVOKABLE void prepare(const QString &region = QString(), const QRectF &viewBox = QRectF());
    // Starts the export; false (with lastError set and finished emitted) when the options are
    // invalid; false alone when busy, or when the path names a file that outPathExists did not
    // show yet (it does now: the next start() replaces the file).
    Q_INVOKABLE bool start();
    Q_INVOKABLE void cancel(); // the export stops at its next progress step and leaves no file

signals:
    void formatChanged();
    void sizeChanged();
    void dateChanged();
    void languageChanged();
    void themeChanged();
    void regionChanged();
    void bareChanged();
    void outPathChanged();
    void outPathExistsChanged();
    void optionsChanged(); // the titles of the option lists (UI language)
    void busyChanged();
    void progressChanged();
    void timeLeftChanged();
    void resultChanged();
    // The export ended: ok with the saved path as message, or not with the error.
    void finished(bool ok, const QString &message);

private:
    void setSize(const QSize &size);
    void matchPreset();
    void updateTimeLeft();
    QRectF lonLatBox() const;
    void finish(bool ok, const QString &file, const QString &error);
    void updateDefaultPath();
    void updateOutPathExists();
    QString text(const char *id) const;

    MapController *m_map;
    QString m_format = QStringLiteral("png");
    VideoSettings m_video;
    QElapsedTimer m_started;
    QString m_timeLeft;
    QString m_preset;
    QSize m_size;
    QSizeF m_pageSizeMm;
    QString m_date;
    QString m_language;
    MapStyle::Theme m_theme = MapStyle::Theme::Light;
    QString m_region;
    QRectF m_viewBox; // the screen's view when prepared with one: the region "view"
    bool m_bare = false;
    bool m_chart = false;
    QString m_outPath;
    bool m_pathEdited = false;
    bool m_outPathExists = false;
    QString m_lastError;
    QString m_lastFile;
    QString m_runningPath;
    bool m_runningVideo = false; // the running export: a video, or a still
    ExportJob m_job;
};
