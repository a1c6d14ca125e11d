/** A docker-archive tarball (`skopeo copy … docker-archive:`, `docker save`), read into memory-light form. */
export interface DockerArchive {
  /** the image config's history, empty_layer entries included */
  history: Array<{ createdBy: string; emptyLayer: boolean }>;
  layers: ArchiveLayer[];
}

export interface ArchiveLayer {
  /** regular files, symlinks, directories and whiteouts in tar order; paths normalised, no leading `./` or `/` */
  entries: Array<{ path: string; type: 'file' | 'dir' | 'symlink' | 'link' | 'other'; size: number }>;
}

export interface MeasuredWaste {
  layers: Array<{ layer: number; createdBy: string; fileBytes: number }>;
  stored: number;
  visible: number;
  shadowedBase: number;
  wasted: number;
}
