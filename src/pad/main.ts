document.getElementById('pad')?.append('Marquee pad');
