#include "exportjob.h"

#include <QtConcurrent>

#include <algorithm>

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        if (r.ok)
            setProgress(1);
        setBusy(false);
        emit finished(r.ok, r.error, r.cancelled);
    });
}

ExportJob::~ExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ExportJob::run(Work work)
{
    if (m_busy)
        return false;
    setProgress(0);
    setBusy(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    // `this` outlives the worker: the destructor cancels and waits for it.
    m_watcher.setFuture(QtConcurrent::run([this, work = std::move(work), cancel]() {
        double reported = -1;
        auto progress = [&](double p) {
            if (*cancel)
                return false;
            if (p >= 1.0 || p - reported >= 0.005) {
                reported = p;
                QMetaObject::invokeMethod(this, [this, p] {
                    if (m_busy)
                        setProgress(p);
                }, Qt::QueuedConnection);
            }
            return true;
        };
        Result r;
        r.ok = work(&r.error, progress);
        r.cancelled = !r.ok && *cancel;
        return r;
    }));
    return true;
}

void ExportJob::cancel()
{
    if (m_busy && m_cancel)
        *m_cancel = true;
}

void ExportJob::resetProgress()
{
    if (!m_busy)
        setProgress(0);
}

void ExportJob::setProgress(double progress)
{
    progress = std::clamp(progress, 0.0, 1.0);
    if (qFuzzyCompare(progress + 1, m_progress + 1))
        return;
    m_progress = progress;
    emit progressChanged();
}

void ExportJob::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}
