#pragma once
// Hot reload: watches the data files (DataPaths) and, some 300 ms after the last change,
// loads them again on a worker thread (DataSet::load is pure). A valid set comes out as
// `loaded`, one with problems as `failed` (every problem, naming file, line and column): the
// caller keeps showing the last good set. When only the hub profile or the relation files
// changed, the boundaries of `current` are kept (not read nor triangulated again).
// Editors save by writing a new file and renaming it over the old one, which ends a file's
// watch: each file is watched again after every change, and its folder catches a file that
// comes back later.
#include "dataset.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class DataWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSettleMs = 300;

    // `current` gives the set shown now (the base of a relations-only reload).
    DataWatcher(const DataPaths &paths, std::function<std::shared_ptr<const DataSet>()> current, QObject *parent = nullptr);

    // The load of `base` with the files in `changed` read again: only the relations part when
    // no boundary file changed and `base` has boundaries. Pure, for any thread.
    static DataSet reload(const DataPaths &paths, const DataSet &base, const QSet<QString> &changed, bool *boundariesChanged);

signals:
    void loaded(std::shared_ptr<const DataSet> data, bool boundariesChanged);
    void failed(const QStringList &errors);

private:
    void fileChanged(const QString &path);
    void watchFiles();
    void start();
    void finished();

    DataPaths m_paths;
    std::function<std::shared_ptr<const DataSet>()> m_current;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QSet<QString> m_changed; // since the last load started
    QSet<QString> m_loading; // what the load under way reads again
    struct Result {
        std::shared_ptr<const DataSet> data;
        bool boundariesChanged = false;
    };
    QFutureWatcher<Result> m_load;
};
