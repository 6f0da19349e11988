#include "datawatcher.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace {

QStringList files(const DataPaths &p)
{
    QStringList list;
    for (const QString &f : {p.hub, p.countries, p.worldview, p.boundaries, p.relations, p.highlights, p.establishment, p.sources})
        if (!f.isEmpty())
            list << QFileInfo(f).absoluteFilePath();
    return list;
}

} // namespace

DataWatcher::DataWatcher(const DataPaths &paths, std::function<std::shared_ptr<const DataSet>()> current, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_current(std::move(current))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DataWatcher::start);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DataWatcher::fileChanged);
    // A file renamed over or created again: its folder changes.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        const QStringList watched = m_watcher.files();
        for (const QString &f : files(m_paths))
            if (!watched.contains(f) && QFileInfo::exists(f))
                fileChanged(f);
    });
    connect(&m_load, &QFutureWatcher<Result>::finished, this, &DataWatcher::finished);
    watchFiles();
}

void DataWatcher::watchFiles()
{
    const QStringList all = files(m_paths);
    QStringList folders;
    for (const QString &f : all) {
        if (!m_watcher.files().contains(f) && QFileInfo::exists(f))
            m_watcher.addPath(f);
        const QString folder = QFileInfo(f).absolutePath();
        if (!folders.contains(folder))
            folders << folder;
    }
    for (const QString &folder : qAsConst(folders))
        if (!m_watcher.directories().contains(folder))
            m_watcher.addPath(folder);
}

void DataWatcher::fileChanged(const QString &path)
{
    m_changed.insert(path);
    watchFiles(); // a file replaced by a rename is no longer watched
    m_settle.start(); // again: one load for a burst of writes
}

void DataWatcher::start()
{
    if (m_load.isRunning()) // the next load starts when this one ends
        return;
    const DataPaths paths = m_paths;
    const std::shared_ptr<const DataSet> base = m_current();
    m_loading = std::exchange(m_changed, {});
    const QSet<QString> changed = m_loading;
    m_load.setFuture(QtConcurrent::run([paths, base, changed] {
        Result r;
        r.data = std::make_shared<const DataSet>(reload(paths, *base, changed, &r.boundariesChanged));
        return r;
    }));
}

void DataWatcher::finished()
{
    const Result r = m_load.result();
    if (!m_changed.isEmpty()) { // changed again meanwhile: this result is already stale
        m_changed.unite(m_loading);
        m_settle.start();
        return;
    }
    if (r.data->errors.isEmpty())
        emit loaded(r.data, r.boundariesChanged);
    else
        emit failed(r.data->errors);
}

DataSet DataWatcher::reload(const DataPaths &paths, const DataSet &base, const QSet<QString> &changed, bool *boundariesChanged)
{
    *boundariesChanged = base.boundaries.countries.isEmpty();
    for (const QString &f : {paths.countries, paths.worldview, paths.boundaries})
        if (changed.contains(QFileInfo(f).absoluteFilePath()))
            *boundariesChanged = true;
    if (*boundariesChanged)
        return DataSet::load(paths);
    DataSet data = base; // the boundaries are shared, not copied (implicitly shared vectors)
    DataSet relations = DataSet::load(paths, DataSet::Relations);
    data.hub = relations.hub;
    data.table = relations.table;
    data.sources = std::move(relations.sources);
    data.relations = std::move(relations.relations);
    data.establishment = std::move(relations.establishment);
    data.timeline = std::move(relations.timeline);
    data.coverage = relations.coverage;
    data.errors = relations.errors;
    return data;
}
