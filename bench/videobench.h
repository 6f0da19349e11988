#pragma once
// Video export figures for diplomap-bench: one MP4 of 2024-12-31 → 2025-12-31 per child process.
#include <QJsonObject>
#include <QString>

// Child: writes one MP4 of `size` (WxH) lasting `seconds` (no hold) and prints one JSON object:
// wall time end to end (data load included) and of the export, CPU seconds per stage, peak memory.
int videoOnce(const QString &size, double seconds);
