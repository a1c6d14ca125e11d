import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRpmConfigFile, rpmBaseArch, rpmConfig, rpmRepos, rpmVariables, substitute } from './rpm-repos';

const repoFile = (name: string) => readFileSync(join(__dirname, 'fixtures', 'rpm', 'yum.repos.d', name), 'utf8');

describe('rpm repositories of an image', () => {
  it('keeps the files dnf reads', () => {
    expect(['etc/yum.repos.d/fedora.repo', 'etc/dnf/dnf.conf', 'etc/yum.conf', 'etc/dnf/vars/rltype', 'etc/yum/vars/contentdir'].every(isRpmConfigFile)).toBe(true);
    expect(['etc/yum.repos.d/fedora.repo.rpmnew', 'etc/yum.repos.d/sub/a.repo', 'etc/dnf/plugins/x.conf', 'etc/dnf/vars/a.b'].some(isRpmConfigFile)).toBe(false);
  });

  it('reads Fedora 38: metalink only, variables from os-release and the platform, disabled sections left out', () => {
    const files = { 'etc/yum.repos.d/fedora.repo': repoFile('fedora.repo'), 'etc/os-release': 'NAME="Fedora Linux"\nVERSION_ID=38\nID=fedora\n' };
    const vars = rpmVariables(files, 'arm64');
    expect(vars).toEqual({ basearch: 'aarch64', arch: 'aarch64', releasever: '38' });
    expect(rpmRepos(files, vars)).toEqual([
      {
        id: 'fedora',
        name: 'Fedora 38 - aarch64',
        baseurls: [],
        metalink: 'https://mirrors.fedoraproject.org/metalink?repo=fedora-38&arch=aarch64',
        metadataExpireMs: 7 * 86400 * 1000,
        file: 'etc/yum.repos.d/fedora.repo',
      },
    ]);
  });

  it('reads Rocky 9: the major version as releasever, /etc/dnf/vars, a mirrorlist', () => {
    const files = {
      'etc/yum.repos.d/rocky.repo': repoFile('rocky.repo'),
      'usr/lib/os-release': 'NAME="Rocky Linux"\nVERSION_ID="9.4"\nID="rocky"\nID_LIKE="rhel centos fedora"\n',
      'etc/dnf/vars/rltype': '\n',
      'etc/dnf/vars/contentdir': 'pub/rocky\n',
    };
    const [baseos, ...rest] = rpmRepos(files, rpmVariables(files, 'amd64'));
    expect(rest).toEqual([]);
    expect(baseos).toMatchObject({ id: 'baseos', name: 'Rocky Linux 9 - BaseOS', baseurls: [], mirrorlist: 'https://mirrors.rockylinux.org/mirrorlist?arch=x86_64&repo=BaseOS-9', metadataExpireMs: 6 * 3600 * 1000 });
  });

  it('reads UBI 9: spaces around =, several baseurls, an unknown variable left as written', () => {
    const files = { 'etc/yum.repos.d/ubi.repo': repoFile('ubi.repo') };
    expect(rpmRepos(files, rpmVariables(files, 'amd64'))).toEqual([
      { id: 'ubi-9-for-$basearch-baseos-rpms', name: 'ubi-9-for-$basearch-baseos-rpms', baseurls: ['https://cdn-ubi.redhat.com/content/public/ubi/dist/ubi9/9/x86_64/baseos/os'], file: 'etc/yum.repos.d/ubi.repo' },
    ]);
    const several = { 'etc/yum.repos.d/a.repo': '[a]\nbaseurl=http://one/$foo/,\n  http://two/${basearch}\nenabled=true\n' };
    expect(rpmRepos(several, { basearch: 'x86_64' })[0].baseurls).toEqual(['http://one/$foo', 'http://two/x86_64']);
    expect(substitute('$releasever-${basearch}$x', { releasever: '9', basearch: 's390x' })).toBe('9-s390x$x');
    expect(rpmBaseArch('mips64le')).toBeUndefined();
  });

  it("reads dnf.conf's [main] options, with dnf's defaults", () => {
    expect(rpmConfig({})).toEqual({ installWeakDeps: true, cleanRequirementsOnRemove: true, nodocs: false });
    expect(rpmConfig({ 'etc/dnf/dnf.conf': '[main]\ngpgcheck=1\ninstall_weak_deps=0\ntsflags=nodocs\nclean_requirements_on_remove=False\n' })).toEqual({ installWeakDeps: false, cleanRequirementsOnRemove: false, nodocs: true });
  });
});
