#pragma once

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

namespace lantern {

// Long work (an export, a backup) on a worker thread for a widget that shows its progress and can stop it.
// The work gets a progress callback to call at each step: it reports `done` of `total` to the widget on the
// GUI thread (queued; `context` must outlive the work, which cancelAndWait() ensures) and answers whether to
// go on — false once cancel() was asked, so the work stops at its next step. The work uses the Vault, so it
// must have returned before the Vault goes: the widget calls cancelAndWait() from its destructor and at lock.
template <typename Outcome> class BackgroundTask {
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<Outcome(const Progress& progress)>;

    // `showProgress` and `finished` run on the GUI thread, in `context`.
    BackgroundTask(QObject* context, std::function<void(qint64, qint64)> showProgress,
                   std::function<void()> finished)
        : m_context(context)
        , m_showProgress(std::move(showProgress))
        , m_cancelled(std::make_shared<std::atomic_bool>(false))
        , m_watcher(new QFutureWatcher<Outcome>(context))
    {
        QObject::connect(m_watcher, &QFutureWatcherBase::finished, context, std::move(finished));
    }

    // For tests: called on the worker thread at every step, before the cancel flag is read; false stops
    // there.
    void setProgressHook(Progress hook) { m_hook = std::move(hook); }

    void start(Work work)
    {
        m_cancelled->store(false);
        QObject* context = m_context;
        const auto show = m_showProgress;
        const auto cancelled = m_cancelled;
        const Progress hook = m_hook;
        m_watcher->setFuture(QtConcurrent::run([context, show, cancelled, hook, work = std::move(work)]() {
            const Progress progress = [context, show, cancelled, hook](qint64 done, qint64 total) {
                if (hook && !hook(done, total))
                    return false;
                QMetaObject::invokeMethod(
                    context, [show, done, total]() { show(done, total); }, Qt::QueuedConnection);
                return !cancelled->load();
            };
            return work(progress);
        }));
    }

    bool isRunning() const { return m_watcher->isRunning(); }
    void cancel() { m_cancelled->store(true); }
    // Whether a cancel has been asked for; safe from any thread.
    bool cancelRequested() const { return m_cancelled->load(); }
    // Cancels and blocks until the work has returned (at once if none was started).
    void cancelAndWait()
    {
        if (!m_watcher->future().isValid())
            return;
        m_cancelled->store(true);
        m_watcher->waitForFinished();
    }
    Outcome result() const { return m_watcher->result(); }

private:
    QObject* m_context;
    std::function<void(qint64, qint64)> m_showProgress;
    Progress m_hook;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<Outcome>* m_watcher;
};

} // namespace lantern
