"""The paper's preprocessing in Python (pydicom, SciPy, scikit-image): the benchmark's peer.

Same steps, defaults and work as the C# plugins: read the series in HU; check the voxels are
finite; skull strip by Otsu's threshold (bone above both it and 150 HU, the class above it checked
to average at least 150 HU; bone ring closed by 1 mm, slice-wise filled, tissue -20..100 HU, 2 mm
opening, largest 6-connected component, slice-wise hole filling), inside the in-plane box around
the head widened by the morphology's reach, as the C# side works; resample to 112 x 112 x 160 mm
at 256 x 256 x 32 centred on the brain mask's centroid (cubic spline, order 3, mode constant,
cval -1024), the spline prefilter run on the block the output reaches plus a 32-voxel margin, as
the C# side does; window 0..100 HU; z-score inside the brain mask, negatives to zero.

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


def head_box(v, above, margin):
    """Rows and columns (all slices) holding a voxel above the value, widened by the margin."""
    inside = (v > above).any(axis=0)
    rows, cols = np.flatnonzero(inside.any(axis=1)), np.flatnonzero(inside.any(axis=0))
    if rows.size == 0:
        return slice(None), slice(None)
    return (slice(max(rows[0] - margin, 0), min(rows[-1] + margin, v.shape[1] - 1) + 1),
            slice(max(cols[0] - margin, 0), min(cols[-1] + margin, v.shape[2] - 1) + 1))


def skull_strip(v, spacing):
    sx, sy, _ = spacing
    values = v[(v >= -100) & (v <= 2000)].astype(np.float64)
    otsu = threshold_otsu(values)
    upper = v[(v >= otsu) & (v <= 2000)]
    if upper.mean(dtype=np.float64) < 150:
        raise ValueError("no distinct bone class")
    threshold = max(otsu, 150)
    rows, cols = head_box(v, min(-20, threshold), int(np.ceil(3.0 / min(sx, sy))) + 2)
    brain = np.zeros(v.shape, bool)
    brain[:, rows, cols] = brain_in_box(v[:, rows, cols], threshold, sx, sy)
    return brain


def brain_in_box(v, threshold, sx, sy):
    bone = v >= threshold
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
    # The spline prefilter needs only the block the output reaches plus a margin; points outside
    # the scan lie outside the block too (it is clipped to the scan), so they still get cval.
    start = [int(np.clip(np.floor(axes[a].min()) - 32, 0, v.shape[2 - a] - 1)) for a in (2, 1, 0)]
    stop = [int(np.clip(np.ceil(axes[a].max()) + 32, 0, v.shape[2 - a] - 1)) + 1 for a in (2, 1, 0)]
    block = v[start[0]:stop[0], start[1]:stop[1], start[2]:stop[2]]
    local = coords - np.array(start, float)[:, None, None, None]
    image = ndimage.map_coordinates(block, local, order=3, mode="constant", cval=-1024.0)
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
    if not np.isfinite(v).all():
        raise ValueError("the image has voxels that are NaN or infinite")
    clock.lap("series-to-volume")
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
