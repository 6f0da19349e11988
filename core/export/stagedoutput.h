#pragma once
// An output written under a temporary name beside its target and renamed onto it when
// complete, for writers that need a path of their own (FFmpeg's muxers reopen the file to
// move the MP4 index to the front; a PNG sequence is a folder). Until commit() the target is
// untouched; destroying an uncommitted StagedOutput removes what was written. QSaveFile does
// the same for the writers that stream into a QIODevice (snapshotexporter).
#include <QString>

class StagedOutput
{
public:
    enum class Kind { File, Folder };

    StagedOutput() = default;
    ~StagedOutput();
    StagedOutput(const StagedOutput &) = delete;
    StagedOutput &operator=(const StagedOutput &) = delete;

    // Creates the temporary file or folder beside `target`; an error names the target.
    bool open(const QString &target, Kind kind, QString *error);
    QString path() const { return m_path; } // where to write
    // Renames the temporary onto the target (replacing a file atomically; a folder is swapped
    // in, then the old one removed).
    bool commit(QString *error);
    void discard();

private:
    QString m_target, m_path;
    Kind m_kind = Kind::File;
};
