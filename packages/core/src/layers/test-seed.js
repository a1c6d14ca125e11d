"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEED = void 0;
/**
 * ../shared/groundtruth/cases/seed-chmod-layers, the measured seed case: 5 MiB stored to leave
 * 1 MiB visible (4 MiB wasted). Steps: 0 FROM, 1 mkdir, 2 dd one, 3 chmod, 4 dd two, 5 chmod, 6 rm one, 7 CMD.
 */
exports.SEED = `FROM busybox
RUN mkdir /data
RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one
RUN chmod -R 0777 /data
RUN dd if=/dev/zero bs=1024 count=1024 of=/data/two
RUN chmod -R 0777 /data
RUN rm /data/one
CMD ls -alh /data
`;
//# sourceMappingURL=test-seed.js.map