#pragma once
// A long export on a worker thread, for any writer (snapshots now, video next): run() starts
// the work, progress comes back queued to the GUI thread (at most a few hundred updates),
// cancel() makes the work's progress callback return false, and finished() reports the result.
// The writers themselves write atomically: an error or a cancel leaves no file.
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class ExportJob : public QObject
{
    Q_OBJECT

public:
    // The work: returns true on success, else false with `error` set; polls `progress` (0..1),
    // which returns false once cancelled. Runs on a worker thread.
    using Work = std::function<bool(QString *error, const std::function<bool(double)> &progress)>;

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override; // cancels running work and waits for it

    bool isBusy() const { return m_busy; }
    double progress() const { return m_progress; }
    bool run(Work work); // false when busy
    void cancel();
    void resetProgress();

signals:
    void busyChanged();
    void progressChanged();
    // ok, or not with the writer's error; `cancelled` when cancel() stopped it.
    void finished(bool ok, const QString &error, bool cancelled);

private:
    struct Result {
        bool ok = false;
        QString error;
        bool cancelled = false;
    };
    void setProgress(double progress);
    void setBusy(bool busy);

    bool m_busy = false;
    double m_progress = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result> m_watcher;
};
