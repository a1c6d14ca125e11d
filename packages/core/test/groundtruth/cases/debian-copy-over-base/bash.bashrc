# system-wide .bashrc for the app image
[ -z "$PS1" ] && return
PS1='\u@\h:\w\$ '
umask 027
