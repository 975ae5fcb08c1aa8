"""The pydicom + numpy side of the DICOM series benchmark: the same work as DicomSeriesReader.Read
(read every file, sort along the slice normal, rescale each slice to float32 HU)."""
import glob
import json
import sys
import time

import numpy as np
import pydicom


def rss_kib(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field + " not in /proc/self/status")


def read_series(folder):
    datasets = [pydicom.dcmread(path) for path in glob.glob(folder + "/*.dcm")]
    orientation = np.array(datasets[0].ImageOrientationPatient, dtype=np.float64)
    normal = np.cross(orientation[:3], orientation[3:])
    datasets.sort(key=lambda d: float(np.dot(np.array(d.ImagePositionPatient, dtype=np.float64), normal)))
    volume = np.empty((len(datasets), datasets[0].Rows, datasets[0].Columns), dtype=np.float32)
    for k, dataset in enumerate(datasets):
        volume[k] = dataset.pixel_array * np.float32(dataset.RescaleSlope) + np.float32(dataset.RescaleIntercept)
    return volume


def main():
    folder, mode, repetitions = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "memory":
        baseline = rss_kib("VmRSS")
        volume = read_series(folder)
        print(json.dumps({"peak_kib": rss_kib("VmHWM") - baseline, "voxels": int(volume.size)}))
        return
    read_series(folder)
    times = []
    cpu = time.process_time()
    for _ in range(repetitions):
        start = time.perf_counter()
        read_series(folder)
        times.append(time.perf_counter() - start)
    print(json.dumps({"seconds": times, "cpu_seconds": (time.process_time() - cpu) / repetitions}))


main()
