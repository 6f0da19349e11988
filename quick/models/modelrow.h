#pragma once
// One row of a list model as a map from role name to value: what the models' get(row) return
// to QML delegates and tests. An empty map for a row out of range.
#include <QAbstractListModel>
#include <QVariantMap>

inline QVariantMap modelRow(const QAbstractListModel *model, int row)
{
    QVariantMap map;
    if (row < 0 || row >= model->rowCount())
        return map;
    const auto names = model->roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), model->data(model->index(row), it.key()));
    return map;
}
