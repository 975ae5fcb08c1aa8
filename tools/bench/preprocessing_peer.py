"""The paper's preprocessing in Python (pydicom, SciPy, scikit-image): the benchmark's peer.

Same steps and defaults as the C# plugins: read the series in HU; skull strip by Otsu's
threshold (bone ring closed by 1 mm, slice-wise filled, tissue -20..100 HU, 2 mm opening,
largest 6-connected component, slice-wise hole filling); resample to 112 x 112 x 160 mm at
256 x 256 x 32 centred on the brain mask's centroid (cubic spline, order 3, mode constant,
cval -1024); window 0..100 HU; z-score inside the brain mask, negatives to zero.

Usage: preprocessing_peer.py SERIES_FOLDER REPEATS OUTPUT_PREFIX
Prints a JSON object of median wall-clock and CPU seconds per step; writes OUTPUT_PREFIX.image.f32 (x fastest) and
OUTPUT_PREFIX.brain.u8 of the last run for the agreement check.
"""
import glob
import json
import os
import statistics
import sys
import time

import numpy as np
import pydicom
from scipy import ndimage
from skimage.filters import threshold_otsu


def read_series(folder):
    slices = [pydicom.dcmread(path) for path in glob.glob(os.path.join(folder, "*.dcm"))]
    row, col = np.array(slices[0].ImageOrientationPatient[:3], float), np.array(slices[0].ImageOrientationPatient[3:], float)
    normal = np.cross(row, col)
    slices.sort(key=lambda s: float(np.dot(normal, np.array(s.ImagePositionPatient, float))))
    volume = np.stack([s.pixel_array * float(s.RescaleSlope) + float(s.RescaleIntercept) for s in slices])
    positions = [float(np.dot(normal, np.array(s.ImagePositionPatient, float))) for s in slices]
    spacing = (float(slices[0].PixelSpacing[1]), float(slices[0].PixelSpacing[0]),
               (positions[-1] - positions[0]) / (len(slices) - 1))
    return volume.astype(np.float32), spacing


def disk(radius, sx, sy):
    nx, ny = int(np.floor(radius / sx)), int(np.floor(radius / sy))
    y, x = np.mgrid[-ny:ny + 1, -nx:nx + 1]
    return ((x * sx) ** 2 + (y * sy) ** 2 <= radius * radius + 1e-9)[None]


def fill_slices(mask):
    return np.stack([ndimage.binary_fill_holes(s) for s in mask])


def skull_strip(v, spacing):
    sx, sy, _ = spacing
    values = v[(v >= -100) & (v <= 2000)].astype(np.float64)
    bone = v >= threshold_otsu(values)
    ring_disk = disk(1.0, sx, sy)
    ring = ndimage.binary_dilation(bone, structure=ring_disk)
    enclosed = ndimage.binary_dilation(fill_slices(ring) & ~ring, structure=ring_disk)
    tissue = enclosed & (v >= -20) & (v <= 100)
    opening = disk(2.0, sx, sy)
    labels, _ = ndimage.label(ndimage.binary_erosion(tissue, structure=opening))
    sizes = np.bincount(labels.ravel())
    sizes[0] = 0
    core = labels == sizes.argmax()
    return fill_slices(ndimage.binary_dilation(core, structure=opening) & tissue)


def resample(v, brain, spacing):
    out_size = np.array([256, 256, 32])
    out_spacing = np.array([112.0, 112.0, 160.0]) / out_size
    centroid = np.array(ndimage.center_of_mass(brain))[::-1]
    ratio = out_spacing / np.array(spacing)
    axes = [centroid[a] + (np.arange(out_size[a]) - (out_size[a] - 1) / 2) * ratio[a] for a in range(3)]
    z, y, x = np.meshgrid(axes[2], axes[1], axes[0], indexing="ij")
    coords = np.stack([z, y, x])
    image = ndimage.map_coordinates(v, coords, order=3, mode="constant", cval=-1024.0)
    mask = ndimage.map_coordinates(brain.astype(np.float32), coords, order=0, mode="constant", cval=0.0) > 0.5
    return image.astype(np.float32), mask


def zscore(v, brain):
    inside = v[brain].astype(np.float64)
    z = (v - inside.mean()) / inside.std()
    return np.maximum(z, 0).astype(np.float32)


class Clock:
    """Wall-clock and CPU seconds of each step."""

    def __init__(self):
        self.wall, self.cpu = {}, {}
        self.start = self.last = (time.perf_counter(), time.process_time())

    def lap(self, name):
        now = (time.perf_counter(), time.process_time())
        self.wall[name], self.cpu[name] = now[0] - self.last[0], now[1] - self.last[1]
        self.last = now

    def total(self):
        self.wall["total"] = self.last[0] - self.start[0]
        self.cpu["total"] = self.last[1] - self.start[1]


def run(folder):
    clock = Clock()
    v, spacing = read_series(folder)
    clock.lap("read")
    brain = skull_strip(v, spacing)
    clock.lap("skull-strip-otsu")
    image, mask = resample(v, brain, spacing)
    clock.lap("resample")
    image = np.clip(image, 0, 100)
    clock.lap("window")
    image = zscore(image, mask)
    clock.lap("zscore")
    clock.total()
    return clock, image, mask


def main():
    folder, repeats, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    clocks = []
    for _ in range(repeats):
        clock, image, mask = run(folder)
        clocks.append(clock)
    image.tofile(prefix + ".image.f32")
    mask.astype(np.uint8).tofile(prefix + ".brain.u8")
    medians = {kind: {name: statistics.median(getattr(c, kind)[name] for c in clocks) for name in clocks[0].wall}
               for kind in ("wall", "cpu")}
    print(json.dumps(medians))


if __name__ == "__main__":
    main()
