#include "storage/SimulatedDiskVfs.h"

#include "core/TestHooks.h"

#include <mutex>
#include <sqlite3.h>

namespace lantern {

namespace {

// A file of the layer: SQLite allocates szOsFile bytes; the real file follows this header.
struct LayerFile {
    sqlite3_file base;
    sqlite3_file* real;
    bool failReads; // LANTERN_READ_FAIL names this file
};

sqlite3_file* realOf(sqlite3_file* file)
{
    return reinterpret_cast<LayerFile*>(file)->real;
}

int layerClose(sqlite3_file* file)
{
    sqlite3_file* real = realOf(file);
    return real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
}
int layerRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (reinterpret_cast<LayerFile*>(file)->failReads)
        return SQLITE_IOERR_READ;
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int layerWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    // The kill harness dies between any two writes SQLite makes (in the middle of a commit, say).
    crashPoint("sqlite:write");
    if (simulatedDiskFull(amount))
        return SQLITE_FULL;
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int layerTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int layerSync(sqlite3_file* file, int flags)
{
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int layerFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int layerLock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int layerUnlock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int layerCheckReservedLock(sqlite3_file* file, int* result)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), result);
}
int layerFileControl(sqlite3_file* file, int op, void* argument)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, argument);
}
int layerSectorSize(sqlite3_file* file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int layerDeviceCharacteristics(sqlite3_file* file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}

// Version 1 only: no shared memory (Lantern's stores use a rollback journal, never WAL) and no memory
// mapping.
const sqlite3_io_methods layerMethods = {
    1,
    layerClose,
    layerRead,
    layerWrite,
    layerTruncate,
    layerSync,
    layerFileSize,
    layerLock,
    layerUnlock,
    layerCheckReservedLock,
    layerFileControl,
    layerSectorSize,
    layerDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

sqlite3_vfs layerVfs;

int layerOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    auto* layer = reinterpret_cast<LayerFile*>(file);
    layer->real = reinterpret_cast<sqlite3_file*>(layer + 1);
    layer->real->pMethods = nullptr;
    layer->failReads = simulatedReadFailure(name);
    const int rc = real->xOpen(real, name, layer->real, flags, outFlags);
    file->pMethods = rc == SQLITE_OK ? &layerMethods : nullptr;
    return rc;
}

// The rest of the VFS is the real one's, called with the real VFS (its functions may read their own fields).
sqlite3_vfs* realVfs(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}
int layerDelete(sqlite3_vfs* vfs, const char* name, int syncDirectory)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDirectory);
}
int layerAccess(sqlite3_vfs* vfs, const char* name, int flags, int* result)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, result);
}
int layerFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}
int layerRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}
int layerSleep(sqlite3_vfs* vfs, int microseconds)
{
    return realVfs(vfs)->xSleep(realVfs(vfs), microseconds);
}
int layerCurrentTime(sqlite3_vfs* vfs, double* now)
{
    return realVfs(vfs)->xCurrentTime(realVfs(vfs), now);
}
int layerGetLastError(sqlite3_vfs* vfs, int size, char* out)
{
    return realVfs(vfs)->xGetLastError(realVfs(vfs), size, out);
}

} // namespace

const char* simulatedDiskVfs()
{
    if (!simulatedDiskRequested())
        return nullptr;
    static std::once_flag registered;
    std::call_once(registered, [] {
        sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
        layerVfs = *real;
        layerVfs.iVersion = 1; // no syscall overrides
        layerVfs.zName = "lantern-simulated-disk";
        layerVfs.szOsFile = static_cast<int>(sizeof(LayerFile)) + real->szOsFile;
        layerVfs.pAppData = real;
        layerVfs.xOpen = layerOpen;
        layerVfs.xDelete = layerDelete;
        layerVfs.xAccess = layerAccess;
        layerVfs.xFullPathname = layerFullPathname;
        layerVfs.xDlOpen = nullptr; // no extensions are loaded
        layerVfs.xDlError = nullptr;
        layerVfs.xDlSym = nullptr;
        layerVfs.xDlClose = nullptr;
        layerVfs.xRandomness = layerRandomness;
        layerVfs.xSleep = layerSleep;
        layerVfs.xCurrentTime = layerCurrentTime;
        layerVfs.xGetLastError = layerGetLastError;
        sqlite3_vfs_register(&layerVfs, 0);
    });
    return layerVfs.zName;
}

} // namespace lantern
