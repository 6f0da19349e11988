#include "exportcontroller.h"

#include "cameracontroller.h"
#include "exportpaths.h"
#include "exportpresets.h"
#include "localization.h"
#include "textformat.h"
#include "mapcontroller.h"
#include "maptheme.h"
#include "regions.h"
#include "storyplayer.h"
#include "timelinecontroller.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

const char *const kFormats[] = {"png", "svg", "pdf", "mp4", "webm", "gif", "png-seq"};

QVariantMap option(const QString &value, const QString &title)
{
    return QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("title"), title}};
}

} // namespace

ExportController::ExportController(MapController *map, QObject *parent)
    : QObject(parent)
    , m_map(map)
    , m_video(map->localization())
    , m_preset(QStringLiteral("1080p"))
    , m_size(1920, 1080)
    , m_region(QStringLiteral("world"))
{
    auto videoNamed = [this] {
        if (!m_pathEdited && isVideoFormat() && (m_video.followsStory() || (m_video.isFromValid() && m_video.isToValid())))
            updateDefaultPath();
    };
    connect(&m_video, &VideoSettings::rangeChanged, this, videoNamed);
    connect(&m_video, &VideoSettings::sourceChanged, this, videoNamed);
    connect(&m_job, &ExportJob::busyChanged, this, &ExportController::busyChanged);
    connect(&m_job, &ExportJob::progressChanged, this, &ExportController::progressChanged);
    connect(&m_job, &ExportJob::progressChanged, this, &ExportController::updateTimeLeft);
    connect(&m_job, &ExportJob::busyChanged, this, [this] {
        if (m_job.isBusy())
            m_started.start();
        updateTimeLeft();
    });
    connect(&m_job, &ExportJob::finished, this, [this](bool ok, const QString &error, bool cancelled) {
        const QString failure = text("exportFailed").arg(m_map->localization()->exportError(error));
        finish(ok, m_runningPath, cancelled ? text(m_runningVideo ? "videoCancelled" : "exportCancelled") : failure);
    });
    connect(m_map->localization(), &Localization::languageChanged, this, &ExportController::optionsChanged);
    connect(this, &ExportController::outPathChanged, this, &ExportController::updateOutPathExists);
    prepare();
}

QString ExportController::text(const char *id) const
{
    return m_map->localization()->string(QString::fromLatin1(id));
}

QString ExportController::format() const
{
    return m_format;
}

bool ExportController::isVideoFormat() const
{
    VideoOptions::Format f;
    return VideoOptions::formatFromName(m_format, &f);
}

void ExportController::setFormat(const QString &format)
{
    if (std::none_of(std::begin(kFormats), std::end(kFormats), [&](const char *f) { return format == QLatin1String(f); })
        || format == m_format)
        return;
    const QString oldSuffix = ExportPaths::suffix(m_format);
    m_format = format;
    emit formatChanged();
    emit optionsChanged(); // the presets the format allows
    // A video is at most 4K: a larger still size becomes Full HD.
    if (isVideoFormat() && (m_size.width() > VideoOptions::kMaxWidth || m_size.height() > VideoOptions::kMaxHeight))
        setPreset(QStringLiteral("1080p"));
    else
        matchPreset();
    if (!m_pathEdited) {
        updateDefaultPath();
    } else if (m_outPath.endsWith(oldSuffix, Qt::CaseInsensitive)) {
        m_outPath = m_outPath.left(m_outPath.size() - oldSuffix.size()) + ExportPaths::suffix(m_format);
        emit outPathChanged();
    }
    updateOutPathExists();
}

QVariantList ExportController::formats() const
{
    QVariantList list;
    for (const char *f : kFormats) {
        const QString name = QString::fromLatin1(f);
        list << option(name, name == QLatin1String("png-seq") ? text("exportPngSequence")
                             : name == QLatin1String("webm")  ? QStringLiteral("WebM")
                                                               : name.toUpper());
    }
    return list;
}

void ExportController::setPreset(const QString &preset)
{
    const ExportPreset *p = ExportPresets::named(preset, isVideoFormat());
    if ((!p && preset != ExportPresets::kCustom) || preset == m_preset)
        return;
    m_preset = preset;
    m_size = p ? p->size : m_size;
    m_pageSizeMm = p ? p->pageMm : QSizeF();
    emit sizeChanged();
}

QVariantList ExportController::presets() const
{
    QVariantList list;
    for (const ExportPreset &p : ExportPresets::allowed(isVideoFormat()))
        list << option(p.name, p.title);
    list << option(ExportPresets::kCustom, text("exportCustom"));
    return list;
}

void ExportController::setWidth(int width)
{
    setSize(QSize(width, m_size.height()));
}

void ExportController::setHeight(int height)
{
    setSize(QSize(m_size.width(), height));
}

// A typed size selects the preset it matches, else "custom".
void ExportController::setSize(const QSize &size)
{
    if (size == m_size)
        return;
    m_size = size;
    m_preset.clear();
    matchPreset();
}

// The preset of the size among those the format allows, else "custom".
void ExportController::matchPreset()
{
    const ExportPreset *p = ExportPresets::ofSize(m_size, isVideoFormat());
    const QString preset = p ? p->name : ExportPresets::kCustom;
    const QSizeF page = p ? p->pageMm : QSizeF();
    if (preset == m_preset && page == m_pageSizeMm)
        return;
    m_preset = preset;
    m_pageSizeMm = page;
    emit sizeChanged();
}

void ExportController::setDate(const QString &isoDate)
{
    if (isoDate == m_date)
        return;
    m_date = isoDate;
    emit dateChanged();
    if (!m_pathEdited && isDateValid())
        updateDefaultPath();
}

bool ExportController::isDateValid() const
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return iso.match(m_date).hasMatch() && QDate::fromString(m_date, Qt::ISODate).isValid();
}

void ExportController::setLanguage(const QString &language)
{
    if (!textformat::isSupportedLanguage(language) || language == m_language)
        return;
    m_language = language;
    emit languageChanged();
}

QVariantList ExportController::languages() const
{
    return {option(QStringLiteral("vi"), QStringLiteral("Tiếng Việt")), option(QStringLiteral("en"), QStringLiteral("English"))};
}

QString ExportController::theme() const
{
    return m_theme == MapStyle::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

void ExportController::setTheme(const QString &theme)
{
    MapStyle::Theme t;
    if (!MapStyle::themeFromName(theme, &t) || t == m_theme)
        return;
    m_theme = t;
    emit themeChanged();
}

QVariantList ExportController::themes() const
{
    return {option(QStringLiteral("light"), text("light")), option(QStringLiteral("dark"), text("dark"))};
}

QVariantList ExportController::regions() const
{
    QVariantList list;
    if (!m_viewBox.isEmpty())
        list << QVariantMap{{QStringLiteral("name"), QStringLiteral("view")}, {QStringLiteral("title"), text("exportView")}};
    return list + m_map->camera()->regions();
}

void ExportController::setRegion(const QString &region)
{
    const bool view = region == QLatin1String("view") && !m_viewBox.isEmpty();
    if ((!view && !Regions::find(region)) || region == m_region)
        return;
    m_region = region;
    emit regionChanged();
}

void ExportController::setBare(bool bare)
{
    if (bare == m_bare)
        return;
    m_bare = bare;
    emit bareChanged();
}

void ExportController::setChart(bool chart)
{
    if (chart == m_chart)
        return;
    m_chart = chart;
    emit bareChanged();
}

void ExportController::setOutPath(const QString &path)
{
    m_pathEdited = true;
    if (path == m_outPath)
        return;
    m_outPath = path;
    emit outPathChanged();
}

void ExportController::updateOutPathExists()
{
    const QFileInfo info(m_outPath); // a PNG sequence replaces a folder
    const bool exists = m_format == QLatin1String("png-seq") ? info.isDir() : info.isFile();
    if (exists == m_outPathExists)
        return;
    m_outPathExists = exists;
    emit outPathExistsChanged();
}

void ExportController::updateDefaultPath()
{
    // diplomap-DATE.png, diplomap-FROM_TO.mp4, or diplomap-story.mp4 for the open story.
    const QString name = !isVideoFormat()        ? m_date
                         : m_video.followsStory() ? QStringLiteral("story")
                                                  : m_video.from() + QLatin1Char('_') + m_video.to();
    const QString path = ExportPaths::defaultPath(name, format());
    if (path == m_outPath)
        return;
    m_outPath = path;
    emit outPathChanged();
}

QRectF ExportController::lonLatBox() const
{
    const Region *region = Regions::find(m_region);
    if (m_region == QLatin1String("view"))
        return m_viewBox;
    return region && region->name != QLatin1String("world") ? region->lonLatBox : QRectF();
}

SnapshotOptions ExportController::options() const
{
    SnapshotOptions o;
    SnapshotOptions::formatFromName(m_format, &o.format);
    o.outPath = m_outPath;
    o.size = m_size;
    // A4 and A3 set the PDF's page; other formats get their pixel size at 300 dpi.
    if (o.format == SnapshotOptions::Format::Pdf)
        o.pageSizeMm = m_pageSizeMm;
    o.date = isDateValid() ? QDate::fromString(m_date, Qt::ISODate) : QDate();
    o.language = m_language;
    o.theme = m_theme;
    o.lonLatBox = lonLatBox();
    o.bare = m_bare;
    o.chart = m_chart && !m_bare;
    return o;
}

bool ExportController::videoOptions(VideoOptions *o, QString *error) const
{
    VideoOptions::formatFromName(m_format, &o->format);
    o->outPath = m_outPath;
    o->size = m_size;
    o->language = m_language;
    o->theme = m_theme;
    o->lonLatBox = lonLatBox();
    o->bare = m_bare;
    return m_video.apply(o, error);
}

void ExportController::prepare(const QString &region, const QRectF &viewBox)
{
    if (m_job.isBusy())
        return;
    m_pathEdited = false;
    if (viewBox.isEmpty() != m_viewBox.isEmpty() || viewBox != m_viewBox) {
        m_viewBox = viewBox.isEmpty() ? QRectF() : viewBox;
        emit optionsChanged();
    }
    setDate(m_map->timeline()->isoDate());
    const StoryPlayer *story = m_map->story();
    m_video.prepare(m_map->timeline()->viewStart(), m_map->timeline()->viewEnd(), story->isActive() ? story->story() : Story());
    setLanguage(m_map->localization()->language());
    setTheme(m_map->theme()->name());
    setRegion(!m_viewBox.isEmpty() ? QStringLiteral("view") : Regions::find(region) ? region : QStringLiteral("world"));
    updateDefaultPath();
    updateOutPathExists();
    m_job.resetProgress();
    if (!m_lastError.isEmpty() || !m_lastFile.isEmpty()) {
        m_lastError.clear();
        m_lastFile.clear();
        emit resultChanged();
    }
}

bool ExportController::start()
{
    if (m_job.isBusy())
        return false;
    // A file that appeared since the dialog last looked: the default moves on; a typed path is
    // flagged first (the button turns to Replace) rather than replaced unasked.
    if (!m_pathEdited)
        updateDefaultPath();
    const bool flagged = m_outPathExists;
    updateOutPathExists();
    if (m_outPathExists && !flagged)
        return false;
    QString error;
    ExportJob::Work work;
    const std::shared_ptr<const DataSet> data = m_map->state().data.source()->shared();
    if (isVideoFormat()) {
        VideoOptions video;
        if (!videoOptions(&video, &error)) {
            finish(false, {}, error);
            return false;
        }
        if (!VideoExporter::validate(video, &error)) {
            finish(false, {}, text("exportFailed").arg(m_map->localization()->exportError(error)));
            return false;
        }
        work = [data, video](QString *error, const std::function<bool(double)> &progress) {
            return VideoExporter::write(*data, video, error, progress);
        };
    } else {
        const SnapshotOptions opts = options();
        if (!isDateValid()) {
            finish(false, {}, text("exportBadDate").arg(m_date));
            return false;
        }
        if (!SnapshotExporter::validate(opts, &error)) {
            finish(false, {}, text("exportFailed").arg(m_map->localization()->exportError(error)));
            return false;
        }
        work = [data, opts](QString *error, const std::function<bool(double)> &progress) {
            return SnapshotExporter::write(*data, opts, error, progress);
        };
    }
    m_lastError.clear();
    m_lastFile.clear();
    emit resultChanged();
    m_runningPath = m_outPath;
    m_runningVideo = isVideoFormat();
    return m_job.run(std::move(work));
}

// From the pace so far, at each progress step once there is a pace (2 % done or a second gone).
void ExportController::updateTimeLeft()
{
    const double done = m_job.progress();
    QString left;
    if (m_job.isBusy() && done > 0 && (done >= 0.02 || m_started.elapsed() >= 1000)) {
        const int seconds = int(std::ceil(m_started.elapsed() / 1000.0 * (1 - done) / done));
        left = text("exportTimeLeft").arg(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    }
    if (left == m_timeLeft)
        return;
    m_timeLeft = left;
    emit timeLeftChanged();
}

void ExportController::cancel()
{
    m_job.cancel();
}

void ExportController::finish(bool ok, const QString &file, const QString &error)
{
    m_lastFile = ok ? file : QString();
    m_lastError = ok ? QString() : error;
    emit resultChanged();
    if (ok && !m_pathEdited)
        updateDefaultPath(); // the next export gets a new name
    updateOutPathExists();
    emit finished(ok, ok ? m_lastFile : m_lastError);
}
