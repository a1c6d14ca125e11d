/**
 * ../shared/groundtruth/cases/seed-chmod-layers, the measured seed case: 5 MiB stored to leave
 * 1 MiB visible (4 MiB wasted). Steps: 0 FROM, 1 mkdir, 2 dd one, 3 chmod, 4 dd two, 5 chmod, 6 rm one, 7 CMD.
 */
export declare const SEED = "FROM busybox\nRUN mkdir /data\nRUN dd if=/dev/zero bs=1024 count=1024 of=/data/one\nRUN chmod -R 0777 /data\nRUN dd if=/dev/zero bs=1024 count=1024 of=/data/two\nRUN chmod -R 0777 /data\nRUN rm /data/one\nCMD ls -alh /data\n";
