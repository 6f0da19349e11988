#pragma once
// The data every part of the map reads: one loaded DataSet, which a reload replaces as a whole.
// MapState and the state hold a DataRef, used like a pointer to the set (`data->boundaries`,
// `*data`); its source() gives the signals. A
// replacement is announced before (models begin their reset) and after (the state recomputes in
// the order it was created, then models end their reset), so nothing ever reads half of one set
// and half of another. A worker thread takes shared() and keeps that set alive for its export.
#include "dataset.h"

#include <QObject>

#include <memory>
#include <utility>

class DataSource : public QObject
{
    Q_OBJECT

public:
    explicit DataSource(std::shared_ptr<const DataSet> data, QObject *parent = nullptr)
        : QObject(parent)
        , m_data(std::move(data))
    {
    }

    const DataSet &get() const { return *m_data; }
    std::shared_ptr<const DataSet> shared() const { return m_data; }

    // Replaces the data; `boundariesChanged`: the countries and their shapes may differ (else
    // only the hub, the country table and the relations did, and boundary indices still hold).
    void replace(std::shared_ptr<const DataSet> data, bool boundariesChanged)
    {
        emit aboutToBeReplaced();
        const std::shared_ptr<const DataSet> previous = std::exchange(m_data, std::move(data)); // alive until all followed
        emit replaced(boundariesChanged);
    }

signals:
    void aboutToBeReplaced();
    void replaced(bool boundariesChanged);

private:
    std::shared_ptr<const DataSet> m_data;
};

class DataRef
{
public:
    DataRef(DataSource *source = nullptr) : m_source(source) {}
    const DataSet &operator*() const { return m_source->get(); }
    const DataSet *operator->() const { return &m_source->get(); }
    DataSource *source() const { return m_source; }

private:
    DataSource *m_source;
};
