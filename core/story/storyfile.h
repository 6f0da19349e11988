#pragma once
// Story files: JSON as documented in docs/STORIES.md. Reading checks every field and names the
// file, the scene (1-based, as the presenter counts) and the field of the first problem;
// writing is atomic (FileCheck::writeFile): a failed save leaves the previous file as it was.
#include "story.h"

class CountryTable;

namespace StoryFile {

constexpr qint64 kMaxBytes = 4 << 20;
constexpr int kMaxDurationMs = 600000; // an animation of at most ten minutes

// Parses a story; `countries` (may be null) checks the country keys. On error returns false and
// sets `error` to "FILE: scene N: field 'F': problem" (or "FILE: field 'F': …", "FILE:LINE:COL: …").
bool parse(const QByteArray &json, const QString &fileName, const CountryTable *countries, Story *story, QString *error);
bool load(const QString &path, const CountryTable *countries, Story *story, QString *error);
QByteArray toJson(const Story &story);
bool save(const Story &story, const QString &path, QString *error);

} // namespace StoryFile
