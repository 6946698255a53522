// The benchmark program's main: Google Benchmark's, plus the offscreen QGuiApplication that PDF rendering in
// a referral pack export needs, and a non-zero exit when any benchmark failed (the smoke test relies on it).
#include "LargeSchool.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    lantern::bench::LargeSchool::release();
    return lantern::bench::failedBenchmarks() == 0 ? 0 : 1;
}
