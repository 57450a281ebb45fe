<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="77"/>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="78"/>
        <source>Acerca de y diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="81"/>
        <source>Si llama a soporte, léales estos datos o guarde el archivo de diagnóstico y envíeselo: no contiene datos de clientes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="90"/>
        <source>Terminal y tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="91"/>
        <source>Aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="96"/>
        <source>Sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="97"/>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="99"/>
        <source>Guardar archivo de diagnóstico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="102"/>
        <source>Copiar resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="104"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="136"/>
        <source>Versión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="136"/>
        <source>Esquema de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="140"/>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="141"/>
        <source>Tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="142"/>
        <source>Servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="143"/>
        <source>Registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="148"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="149"/>
        <source>Detalle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="150"/>
        <source>Actualización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="151"/>
        <source>Última sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="152"/>
        <source>Cambios por enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="153"/>
        <source>Cambios rechazados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="154"/>
        <source>Pendientes de revisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="159"/>
        <source>Carpeta de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="160"/>
        <source>Espacio libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="161"/>
        <source>Base de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="162"/>
        <source>Copias de la base de datos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="163"/>
        <source>Versiones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="164"/>
        <source>Sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="200"/>
        <source>No se pudieron leer los datos del terminal: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="238"/>
        <source>{code} · id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="242"/>
        <source>{code} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="250"/>
        <source>{revision} (al día)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="252"/>
        <source>{revision} (la aplicación espera {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="260"/>
        <source>Registrado en el servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="261"/>
        <source>Sin registrar: demostración o tienda sin servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="263"/>
        <source>Registrado, pero las credenciales no se pueden leer con la clave de esta instalación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="280"/>
        <source>Nunca</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="285"/>
        <source>%n cambio(s); el más antiguo, {when}</source>
        <translation>
            <numerusform>%n cambio, del {when}</numerusform>
            <numerusform>%n cambios; el más antiguo, del {when}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="290"/>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="291"/>
        <source>Ninguno</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="293"/>
        <source>%n cambio(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="294"/>
        <source>%n caso(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="299"/>
        <source>Necesaria ya: la central no admite esta versión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="304"/>
        <source>Necesaria antes del {date}: desde ese día este terminal no recibirá datos nuevos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="313"/>
        <source>Sin servidor: este terminal no se sincroniza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="315"/>
        <source>En línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="316"/>
        <source>Sincronizando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="317"/>
        <source>Sin conexión con el servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="318"/>
        <source>La sincronización no avanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="319"/>
        <source>Terminal dado de baja por la central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="320"/>
        <source>Hay que actualizar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="323"/>
        <source>siguiente intento a las {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="338"/>
        <source>{free} libres de {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="346"/>
        <source>%n copia(s); la última, {name}</source>
        <translation>
            <numerusform>%n copia: {name}</numerusform>
            <numerusform>%n copias; la última, {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="350"/>
        <source>Ninguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="366"/>
        <source>{time} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="373"/>
        <source>hace un momento</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="375"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="377"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="378"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="385"/>
        <source>Loyalty Counter · Acerca de y diagnóstico · {time} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="399"/>
        <source>Resumen copiado: péguelo en el correo o el chat de soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="406"/>
        <source>Carpeta donde guardar el archivo de diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="417"/>
        <source>Guardando el archivo de diagnóstico…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="431"/>
        <source>Archivo de diagnóstico guardado en:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/about/about_dialog.py" line="441"/>
        <source>No se pudo guardar el archivo en {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceRow</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="72"/>
        <source>Recomendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="75"/>
        <source>Añadir a la venta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvisorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="101"/>
        <source>Asesoramiento de belleza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="109"/>
        <source>Recoger el consentimiento ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="119"/>
        <source>Guardar diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="121"/>
        <source>Empezar de nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="143"/>
        <source>Guardar hábitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="159"/>
        <source>Diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="160"/>
        <source>Historial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="161"/>
        <source>Hábitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="162"/>
        <source>Consejos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="165"/>
        <source>Informe para el cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="169"/>
        <source>Enviar informe por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="172"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="206"/>
        <source>Asesoramiento · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="215"/>
        <source>{name} no ha dado su consentimiento para registrar datos de piel y hábitos (o lo ha retirado). Sin él no se puede anotar ni consultar su diagnóstico. Si lo desea, puede darlo ahora: lo lee, lo marca y firma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="223"/>
        <source>Los datos de piel y hábitos solo se registran para socias y socios del club, con su consentimiento firmado. {name} puede hacerse socio/a con una compra de esta visita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="247"/>
        <source>Se le acaba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acabó el {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="252"/>
        <source>Se acaba el {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="260"/>
        <source>Sugerencias para su piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="267"/>
        <source>Se suele comprar junto con lo que lleva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="278"/>
        <source>Nada por ahora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="285"/>
        <source>«{name}» añadido a la venta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="306"/>
        <source>«{name}» recomendado en el diagnóstico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="314"/>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="364"/>
        <source>Revise los datos marcados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="329"/>
        <source>Diagnóstico guardado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="353"/>
        <source>Corrigiendo el diagnóstico del {d}: al guardar, sustituye al anterior.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="367"/>
        <source>No hay cambios que guardar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="380"/>
        <source>Hábitos guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="385"/>
        <source>Producto recomendado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="385"/>
        <source>Producto que usa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="434"/>
        <source>Consentimiento firmado y guardado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="446"/>
        <source>Informe de cuidado de la piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="462"/>
        <source>Solo se envía por e-mail a quien dio su e-mail y aceptó recibir nuestros correos. Imprímalo para que se lo lleve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/advisor_dialog.py" line="475"/>
        <source>El informe se enviará a {to}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvisorLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="14"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="15"/>
        <source>Seca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="16"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="17"/>
        <source>Mixta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="20"/>
        <source>Baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="21"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="22"/>
        <source>Alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="25"/>
        <source>Líneas finas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="26"/>
        <source>Arrugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="27"/>
        <source>Manchas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="28"/>
        <source>Acné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="29"/>
        <source>Rojeces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="30"/>
        <source>Ojeras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="31"/>
        <source>Poros dilatados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="32"/>
        <source>Tono apagado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="33"/>
        <source>Deshidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="36"/>
        <source>Frente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="37"/>
        <source>Ojos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="38"/>
        <source>Nariz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="39"/>
        <source>Mejillas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="40"/>
        <source>Boca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="41"/>
        <source>Mentón</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="42"/>
        <source>Cuello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="45"/>
        <source>Siempre se quema, nunca se broncea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="46"/>
        <source>Se quema con facilidad, se broncea poco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="47"/>
        <source>A veces se quema, se broncea poco a poco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="48"/>
        <source>Rara vez se quema, se broncea con facilidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="49"/>
        <source>Casi nunca se quema, piel morena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="50"/>
        <source>Nunca se quema, piel muy oscura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="54"/>
        <source>Limpieza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="55"/>
        <source>Tónico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="56"/>
        <source>Sérum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="57"/>
        <source>Hidratante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="58"/>
        <source>Contorno de ojos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="59"/>
        <source>Protección solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="60"/>
        <source>Maquillaje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="61"/>
        <source>Desmaquillante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="62"/>
        <source>Cuerpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="63"/>
        <source>Cabello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="66"/>
        <source>Mañana y noche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="67"/>
        <source>Una vez al día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="68"/>
        <source>Varias veces por semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="69"/>
        <source>Una vez por semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="70"/>
        <source>De vez en cuando</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="73"/>
        <source>Sin perfume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="74"/>
        <source>Vegano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="75"/>
        <source>Para piel sensible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="78"/>
        <source>Hasta 20 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="79"/>
        <source>20–50 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/labels.py" line="80"/>
        <source>Más de 50 €</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="44"/>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="45"/>
        <source>Aprobación de un encargado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="50"/>
        <source>Un encargado escribe su código y su PIN para aprobarlo. La sesión abierta no cambia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="56"/>
        <source>Código del encargado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="57"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="69"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="71"/>
        <source>Aprobar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/approval.py" line="115"/>
        <source>Escriba el código y el PIN del encargado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoughtLinePicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="45"/>
        <source>Quitar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="51"/>
        <source>Nº de ticket, o escanee su QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="53"/>
        <source>Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="64"/>
        <source>Producto comprado (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="81"/>
        <source>{name} ×{q}
{day} · ticket {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="92"/>
        <source>Líneas del ticket {n}: toque el producto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="96"/>
        <source>Sus últimas compras en esta tienda: toque el producto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="100"/>
        <source>No tiene compras en esta tableta: busque el ticket por su número.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="129"/>
        <source>Ningún producto elegido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/bought_line_picker.py" line="133"/>
        <source>{name} — ticket {receipt} del {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="57"/>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="58"/>
        <source>Anular un canje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Regalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="69"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="78"/>
        <source>Este cliente no ha canjeado regalos en esta tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="83"/>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="107"/>
        <source>Motivo de la anulación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="86"/>
        <source>¿Devuelve el regalo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="87"/>
        <source>Márquelo si el cliente trae el regalo: vuelve al stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="91"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="93"/>
        <source>Anular canje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="104"/>
        <source>Canjes en esta tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="171"/>
        <source>Elija el canje que se anula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="174"/>
        <source>Escriba el motivo: al menos %n carácter(es) más.</source>
        <translation>
            <numerusform>Escriba el motivo: al menos %n carácter más.</numerusform>
            <numerusform>Escriba el motivo: al menos %n caracteres más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="178"/>
        <source>Se devolverán {points} a su saldo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="188"/>
        <source>Anular el canje de «{gift}» ({points}) de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/cancel_dialog.py" line="219"/>
        <source>Canje anulado: se han devuelto {points}. Saldo: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="48"/>
        <source>Código de producto (F3) y Intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="50"/>
        <source>Añadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Una unidad menos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Una unidad más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="72"/>
        <source>Cantidad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="73"/>
        <source>Dto. línea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="74"/>
        <source>Quitar línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="75"/>
        <source>Dto. ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="94"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="96"/>
        <source>Descuentos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="99"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="102"/>
        <source>Cobrar (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="107"/>
        <source>Venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Cantidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="183"/>
        <source>Unidades:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="198"/>
        <source>Descuento de línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="207"/>
        <source>Descuento de ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="242"/>
        <source>IVA {rate} %: {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="250"/>
        <source>Puntos de esta venta: {n}, para el nuevo socio/a {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="255"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="257"/>
        <source>Puntos de esta venta: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="35"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="36"/>
        <source>Cant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="37"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="38"/>
        <source>Dto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="39"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="114"/>
        <source>Consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="118"/>
        <source>Texto versión {v} · {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="133"/>
        <source>Obligatorio para ser socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="151"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="196"/>
        <source>Firma de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="155"/>
        <source>Borrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="156"/>
        <source>Deshacer trazo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="163"/>
        <source>Firmar y aceptar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="165"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="205"/>
        <source>marcar las condiciones del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="207"/>
        <source>marcar lo que acepta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="209"/>
        <source>firmar en el recuadro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_dialog.py" line="211"/>
        <source>Para aceptar falta: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="59"/>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="61"/>
        <source>Consentimientos de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="84"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="85"/>
        <source>Tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="86"/>
        <source>Atendió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="87"/>
        <source>Versión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="88"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="100"/>
        <source>Sí: lo da · No: lo retira · —: sin cambios en ese registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="104"/>
        <source>Reimprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="106"/>
        <source>Enviar por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="107"/>
        <source>Enviar el documento de este registro a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="109"/>
        <source>Cambiar elección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="111"/>
        <source>Guardar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="113"/>
        <source>Descartar cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="115"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="137"/>
        <source>Situación actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="141"/>
        <source>Historial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>Sí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="176"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="184"/>
        <source>El documento firmado está en la central: disponible tras sincronizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>Dado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="201"/>
        <source>No dado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="266"/>
        <source>Retirar un consentimiento tiene efecto en esta tienda al guardarlo, y en todas las demás en cuanto se sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="273"/>
        <source>Darse de baja del club retira también todos los demás consentimientos. La tarjeta y los puntos dejan de valer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="280"/>
        <source>No es socio/a del club: aquí solo se puede retirar. Para volver a ser socio/a, haga un alta nueva con una compra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="287"/>
        <source>Quitar una marca la retira sin firma. Marcar una nueva la da: el cliente la leerá y firmará.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="305"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="318"/>
        <source>Baja del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="320"/>
        <source>{name} dejará de ser socio/a del club y se retirarán todos sus consentimientos. ¿Darle de baja?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="323"/>
        <source>Dar de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="324"/>
        <source>No, volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/consent_history_dialog.py" line="370"/>
        <source>Guardado. Ya cuenta en esta tienda; en las demás, en cuanto esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="69"/>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="70"/>
        <source>Corregir y reenviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="72"/>
        <source>La central lo rechazó: {reason}. Corrija el dato y vuelva a enviarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="94"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="96"/>
        <source>Reenviar corregido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="117"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="118"/>
        <source>Apellidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="119"/>
        <source>DNI/NIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="120"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="121"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="122"/>
        <source>Fecha de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="123"/>
        <source>Código postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="124"/>
        <source>Idioma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="125"/>
        <source>Género</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="132"/>
        <source>— sin indicar —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="150"/>
        <source>dd/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="196"/>
        <source>Este dato es obligatorio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="198"/>
        <source>Demasiado largo: caben {limit} caracteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="202"/>
        <source>Lleva caracteres que no se pueden guardar: escríbalo de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="204"/>
        <source>Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="206"/>
        <source>Un código postal son 5 cifras, por ejemplo 08007.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="208"/>
        <source>Elija una de las opciones de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="209"/>
        <source>Revise este dato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/correction_dialog.py" line="213"/>
        <source>Corrija los datos marcados.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="103"/>
        <source>Cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="106"/>
        <source>Devolución (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="108"/>
        <source>Tickets (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="110"/>
        <source>Reposiciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="111"/>
        <source>Clientes a los que se les acaba un producto esta semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="113"/>
        <source>Incidencias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="114"/>
        <source>Las incidencias abiertas de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="116"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="118"/>
        <source>Cambiar usuario (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="185"/>
        <source>Alta de {new} descartada (no se ha guardado nada): la venta es para {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="190"/>
        <source>Cliente: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="221"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="297"/>
        <source>Nuevo socio/a: {name} — se dará de alta al cobrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="239"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="244"/>
        <source>Descartar el alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="241"/>
        <source>El alta de {name} todavía no se ha guardado: se guarda al cobrar. Si la descarta, se pierden sus datos y su firma. ¿Descartarla?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="245"/>
        <source>No, mantenerla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="255"/>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="365"/>
        <source>Alta de {name} descartada: no se ha guardado nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="467"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="470"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticForm</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="168"/>
        <source>Tipo de piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="175"/>
        <source>Sensibilidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="180"/>
        <source>Fototipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="188"/>
        <source>Preocupaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="191"/>
        <source>Zonas tratadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="200"/>
        <source>Niveles (0 a 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="204"/>
        <source>Hidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="204"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="229"/>
        <source>Lectura del medidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="232"/>
        <source>Toque aquí y mida con el analizador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="252"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="260"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="262"/>
        <source>Lo que observa, lo que cuenta el cliente, lo que le ha aconsejado…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="278"/>
        <source>Añadir del catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="307"/>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="327"/>
        <source>Próxima cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="312"/>
        <source>+2 semanas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="313"/>
        <source>+1 mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="314"/>
        <source>+3 meses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="315"/>
        <source>Otra fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="329"/>
        <source>Quitar cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="336"/>
        <source>Sin próxima cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="439"/>
        <source>«{name}» ya está en la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="481"/>
        <source>Leído del medidor: {levels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="488"/>
        <source>No se entiende «{text}»: vuelva a medir o escriba los niveles a mano.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="567"/>
        <source>del medidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="569"/>
        <source>a mano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="614"/>
        <source>Quitar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="615"/>
        <source>Quitar {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="623"/>
        <source>Ninguno todavía: «Añadir del catálogo» para recomendar un producto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/diagnostic_form.py" line="632"/>
        <source>Productos recomendados ({n}/{limit})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticHistory</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="111"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="112"/>
        <source>Tienda · asesor/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="113"/>
        <source>Tipo de piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="114"/>
        <source>Sensibilidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="115"/>
        <source>Hidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="116"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="117"/>
        <source>Fototipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="118"/>
        <source>Preocupaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="119"/>
        <source>Zonas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="120"/>
        <source>Productos recomendados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="121"/>
        <source>Próxima cita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="122"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="143"/>
        <source>Aún no hay diagnósticos de este cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="189"/>
        <source>corregido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="191"/>
        <source>corrección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="240"/>
        <source>sin medir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="248"/>
        <source>Medido con el analizador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="250"/>
        <source>Escrito a mano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="254"/>
        <source>Corregir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/history_view.py" line="255"/>
        <source>Registrar una corrección de este diagnóstico</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="70"/>
        <source>Preparando el documento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="82"/>
        <source>Imprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="83"/>
        <source>Guardar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="84"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="133"/>
        <source>Guardar PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="39"/>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="63"/>
        <source>Reposiciones de la semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="41"/>
        <source>Buscando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Se le acaba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="45"/>
        <source>Avisar por</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="54"/>
        <source>Abrir ficha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="56"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="75"/>
        <source>%n cliente(s) con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</source>
        <translation>
            <numerusform>%n cliente con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</numerusform>
            <numerusform>%n clientes con algún producto que se acaba en los próximos 7 días, {r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando vengan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="82"/>
        <source>A nadie se le acaba nada esta semana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="85"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/due_list.py" line="97"/>
        <source>En tienda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="29"/>
        <source>Posibles duplicados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="60"/>
        <source>Ningún cliente conocido coincide por ahora. Se comprueba el DNI/NIE, el teléfono, el e-mail, y el nombre con la fecha de nacimiento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="67"/>
        <source>Puede que ya sea cliente: compruébelo con él o ella y, si es la misma persona, abra su ficha en lugar de crear otra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>Socio/a del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="78"/>
        <source>No es socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="81"/>
        <source>Tarjeta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="83"/>
        <source>Tel. {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="88"/>
        <source>Coincide: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/duplicate_list.py" line="92"/>
        <source>Abrir ficha</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="12"/>
        <source>Condiciones del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="13"/>
        <source>Ofertas por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="14"/>
        <source>Ofertas por SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="15"/>
        <source>Ofertas personalizadas (perfil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="16"/>
        <source>Datos de piel y hábitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="19"/>
        <source>Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="20"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="21"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="22"/>
        <source>Perfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="23"/>
        <source>Piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="26"/>
        <source>mismo DNI/NIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="27"/>
        <source>mismo teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="28"/>
        <source>mismo e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="29"/>
        <source>nombre parecido y misma fecha de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="34"/>
        <source>Mujer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="35"/>
        <source>Hombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="36"/>
        <source>No binario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="42"/>
        <source>Alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/labels.py" line="43"/>
        <source>Cambio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="23"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="27"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="28"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="31"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="34"/>
        <source>«{text}» no es un importe válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="35"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="40"/>
        <source>Código o PIN incorrecto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="41"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="44"/>
        <source>Esta tableta lleva más de {days} días sin conectar con la central: conéctela a la red y sincronice para iniciar sesión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="49"/>
        <source>Su perfil no permite esta operación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="50"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="51"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="54"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="55"/>
        <source>«{text}» no es un DNI ni un NIE: un DNI son 8 cifras y una letra; un NIE, X, Y o Z, 7 cifras y una letra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="60"/>
        <source>La letra de «{text}» no corresponde a sus cifras: debería ser {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="63"/>
        <source>«{text}» no es un teléfono válido: 9 cifras, o + y el prefijo del país si es extranjero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="105"/>
        <source>Menor de {age} años: el alta necesita el consentimiento de su madre, padre o tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="67"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="68"/>
        <source>Un e-mail lleva una arroba (@), y solo una: nombre@dominio.es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="71"/>
        <source>Un e-mail no puede llevar espacios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="72"/>
        <source>Falta el nombre antes de la arroba: nombre@dominio.es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="75"/>
        <source>Después de la arroba falta el dominio con su punto, como en @gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="78"/>
        <source>Un e-mail no puede llevar dos puntos seguidos (..).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="81"/>
        <source>Este dato es obligatorio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="82"/>
        <source>Demasiado largo: tiene {length} caracteres y caben {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="85"/>
        <source>«{char}» no puede ir en un nombre: solo letras, espacios, guiones, apóstrofos y puntos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="89"/>
        <source>Un nombre tiene que llevar letras.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="90"/>
        <source>«{text}» no es un código postal español: son 5 cifras, de 01000 a 52999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="93"/>
        <source>Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="96"/>
        <source>La fecha {text} no existe: revise el día y el mes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="99"/>
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="102"/>
        <source>Son más de {years} años: revise el año de nacimiento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="109"/>
        <source>Indique un teléfono o un e-mail: al menos uno de los dos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="112"/>
        <source>Elija una de las opciones de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="113"/>
        <source>Para ser socio/a del club hay que aceptar sus condiciones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="116"/>
        <source>La firma es demasiado corta o pequeña. Borre y pida al cliente que firme de nuevo, a lo ancho del recuadro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="121"/>
        <source>No ha cambiado ninguna elección.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="122"/>
        <source>Esta tableta aún no puede emitir tarjetas de socio: debe sincronizar una vez con la central. Sincronice, o descarte el alta para cobrar la venta sin ella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="127"/>
        <source>Esta tableta ha emitido todas sus tarjetas de socio: avise a la central. Descarte el alta para cobrar la venta sin ella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="132"/>
        <source>Este cliente ya es socio/a del club.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="133"/>
        <source>Este cliente no tiene e-mail. Añada su e-mail en sus datos de cliente y vuelva a enviarlo, o imprima el documento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="139"/>
        <source>Este cliente no ha dado su consentimiento para guardar datos de piel y hábitos, o lo ha retirado. Sin él no se guarda el diagnóstico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="144"/>
        <source>«{value}» no vale: el nivel va de 0 a 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="145"/>
        <source>Escriba un número de 0 a 100, o déjelo en blanco si no se ha medido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="148"/>
        <source>Las notas tienen {length} caracteres y caben {limit}: acórtelas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="151"/>
        <source>La próxima cita ya ha pasado: elija una fecha y hora posteriores a ahora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="154"/>
        <source>La próxima cita es a más de un año vista: elija una fecha más cercana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="157"/>
        <source>Elija el tipo de piel: es lo mínimo que recoge un diagnóstico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="160"/>
        <source>Se pueden recomendar {limit} productos como mucho: quite alguno antes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="164"/>
        <source>Los datos de esta tienda no se pueden leer con la clave de esta instalación: se crearon en otra instalación, o la clave se ha perdido.

Llame a soporte. No borre la carpeta de datos ({folder}): las ventas que aún no se han sincronizado solo están ahí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="171"/>
        <source>No se puede leer la clave que protege los datos de la tienda.

Desbloquee el llavero del sistema (cierre la sesión del equipo y vuelva a entrar) o compruebe que la carpeta de la clave está en su sitio y se puede leer; después, vuelva a abrir la aplicación. Si sigue igual, llame a soporte. No borre la carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="179"/>
        <source>Los datos de la tienda están abiertos en otro programa, seguramente otra copia de esta aplicación.

Cierre la otra copia y vuelva a abrir la aplicación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="185"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="137"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="138"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="435"/>
        <source>Cifras de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="150"/>
        <source>Hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="151"/>
        <source>Esta semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="152"/>
        <source>Este mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="153"/>
        <source>Últimos 30 días</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="154"/>
        <source>Este año</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="157"/>
        <source>Desde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="159"/>
        <source>Hasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="169"/>
        <source>Exportar PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="175"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Ventas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="176"/>
        <source>Ventas con campaña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="177"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="198"/>
        <source>Puntos otorgados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="178"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="199"/>
        <source>Puntos canjeados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="179"/>
        <source>Altas hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="180"/>
        <source>Altas esta semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="181"/>
        <source>Altas este mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="182"/>
        <source>Incidencias abiertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="192"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="326"/>
        <source>Día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="193"/>
        <source>Altas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="194"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="195"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="196"/>
        <source>Con campaña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="197"/>
        <source>% campaña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>Regalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="203"/>
        <source>En stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Campaña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="206"/>
        <source>Respuestas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="208"/>
        <source>Categoría</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="208"/>
        <source>Abiertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="210"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="319"/>
        <source>Ventas por día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="211"/>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="322"/>
        <source>Cifras por día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="212"/>
        <source>Regalos en stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="213"/>
        <source>Campañas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="214"/>
        <source>Incidencias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="217"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="295"/>
        <source>La fecha «Hasta» es anterior a «Desde»: cámbiela.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="297"/>
        <source>Se pueden ver {limit} días como mucho: acorte las fechas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="319"/>
        <source>Ventas por semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="322"/>
        <source>Cifras por semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="326"/>
        <source>Semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="332"/>
        <source>Del {first} al {last} ({days} días).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="337"/>
        <source>Cifras de esta tableta: aún no ha sincronizado con la central, cuyas cifras pueden ser mayores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="343"/>
        <source>Cifras de esta tableta y lo sincronizado hasta el {date} a las {time}: las de la central pueden ser mayores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="352"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>lu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="367"/>
        <source>ju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>sá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="368"/>
        <source>do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="390"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_dialog.py" line="406"/>
        <source>Agotado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftTexts</name>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="75"/>
        <source>%Ln punto(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="79"/>
        <source>Queda(n) %Ln</source>
        <translation>
            <numerusform>Queda %Ln</numerusform>
            <numerusform>Quedan %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="82"/>
        <source>Agotado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="86"/>
        <source>Faltan {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="95"/>
        <source>Faltan {missing}: tiene {balance} y el regalo cuesta {asked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="102"/>
        <source>Su saldo está en negativo ({balance}): no puede canjear regalos hasta que se regularice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="106"/>
        <source>Este regalo está agotado en la tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="109"/>
        <source>Este canje no se puede anular: no consta como entregado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="110"/>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="136"/>
        <source>Este regalo ya no se ofrece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="114"/>
        <source>{name} no es encargado/a: la aprobación necesita el código y el PIN de un encargado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="117"/>
        <source>Hace falta la aprobación de un encargado, con el motivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="119"/>
        <source>Este canje ya estaba anulado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="123"/>
        <source>No se puede entregar sin conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="130"/>
        <source>No tiene puntos suficientes. Saldo en la central: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="134"/>
        <source>A esta tienda no le queda ninguno de este regalo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="138"/>
        <source>Su saldo en la central está en negativo ({balance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="143"/>
        <source>El regalo ha cambiado de precio: vuelva a intentarlo después de sincronizar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="146"/>
        <source>Motivo: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="147"/>
        <source>La central no acepta el canje. {why} No se ha canjeado nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="153"/>
        <source>No tiene puntos suficientes según el saldo que conoce esta tableta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="156"/>
        <source>Se ha buscado al cliente por su nombre: sin conexión, identifíquelo con la tarjeta o el documento (DNI/NIE) para gastar el saldo correcto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="160"/>
        <source>Tiene un descubierto de puntos pendiente de revisar: no puede canjear sin conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="166"/>
        <source>Supera el máximo por canje sin conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="167"/>
        <source>Supera el máximo por canje sin conexión: {cap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="172"/>
        <source>Supera lo que un cliente puede canjear sin conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="174"/>
        <source>Supera lo que un cliente puede canjear sin conexión: {cap} en total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="178"/>
        <source>Supera lo que esta tableta puede entregar sin conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="180"/>
        <source>Supera lo que esta tableta puede entregar sin conexión: {cap} en total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="183"/>
        <source>La central no ha confirmado el saldo hace poco.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="184"/>
        <source>La central no ha confirmado el saldo en {age}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="191"/>
        <source>los últimos %n día(s)</source>
        <translation>
            <numerusform>el último día</numerusform>
            <numerusform>los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="192"/>
        <source>las últimas %n hora(s)</source>
        <translation>
            <numerusform>la última hora</numerusform>
            <numerusform>las últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="196"/>
        <source>Anulación de canje {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="197"/>
        <source>Canje {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="201"/>
        <source>Anulado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="203"/>
        <source>Confirmado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="204"/>
        <source>Sin conexión: por confirmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="205"/>
        <source>No entregado: se consulta a la central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/__init__.py" line="206"/>
        <source>Consultando a la central</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HabitsEditor</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="119"/>
        <source>Paso de la rutina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="120"/>
        <source>Producto o marca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="122"/>
        <source>Frecuencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="123"/>
        <source>Desde (MM/AAAA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="148"/>
        <source>Prefiere productos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="149"/>
        <source>Precio habitual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="180"/>
        <source>Producto o marca que usa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="181"/>
        <source>Catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="182"/>
        <source>Elegir del catálogo: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="185"/>
        <source>Frecuencia: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="194"/>
        <source>Desde: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="195"/>
        <source>MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="307"/>
        <source>Escriba el producto o la marca que usa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="310"/>
        <source>Demasiado largo: caben {limit} caracteres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="324"/>
        <source>Revise el producto o la marca de este paso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="334"/>
        <source>Escriba el mes y el año así: 03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="337"/>
        <source>«{text}» no es un mes que exista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="341"/>
        <source>Ese mes aún no ha llegado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="379"/>
        <source>cambiado ahora, sin guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/habits_editor.py" line="397"/>
        <source>cambiado el {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="95"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="118"/>
        <source>Compra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="124"/>
        <source>Nuevo cliente (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="126"/>
        <source>Registrar a un cliente nuevo y darle de alta en el club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="129"/>
        <source>Consentimientos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="133"/>
        <source>Imprimir tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="138"/>
        <source>Enviar por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="140"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="144"/>
        <source>Hacerse socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="146"/>
        <source>Dar de alta en el club a este cliente, con la compra de esta visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="151"/>
        <source>Quitar cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="153"/>
        <source>Asesoramiento (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="155"/>
        <source>Diagnóstico de piel, hábitos, consejos e informe (asesoras de belleza)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="160"/>
        <source>Incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="162"/>
        <source>Abrir una incidencia: un producto defectuoso, una reacción, una queja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="167"/>
        <source>Regalos (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="168"/>
        <source>Canjear puntos por regalos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="174"/>
        <source>Ver todas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="175"/>
        <source>Las incidencias abiertas de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="214"/>
        <source>Últimas compras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="224"/>
        <source>Descartar alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="227"/>
        <source>Alta en el club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="237"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="255"/>
        <source>Se le acabó {name} ({d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="257"/>
        <source>Se le acaba {name} ({d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="264"/>
        <source>Añadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="265"/>
        <source>Añadir a la venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="295"/>
        <source>y otra incidencia más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="297"/>
        <source>y {n} incidencias más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="323"/>
        <source>hasta el {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="325"/>
        <source>del {a} al {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="330"/>
        <source>&lt;b&gt;Campaña {name}&lt;/b&gt; · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="337"/>
        <source>Incidencia &lt;b&gt;{ref}&lt;/b&gt; · {status} · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="343"/>
        <source>Central: «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="345"/>
        <source>Sin respuesta de la central todavía</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="379"/>
        <source>socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="379"/>
        <source>no socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="384"/>
        <source>Ningún cliente encontrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="454"/>
        <source>Nuevo socio/a: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="461"/>
        <source>Se dará de alta al cobrar esta venta, y sus puntos serán suyos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="463"/>
        <source>Ha aceptado: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="464"/>
        <source>Si la venta no se cobra, no se guarda nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="488"/>
        <source>Socia del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="488"/>
        <source>No socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="493"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="496"/>
        <source>Tarjeta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="503"/>
        <source>Socia desde {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="507"/>
        <source>Cumpleaños el {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="80"/>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="85"/>
        <source>Nueva incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="83"/>
        <source>Nueva incidencia de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="145"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="148"/>
        <source>Abrir incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="183"/>
        <source>Tipo de incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="193"/>
        <source>Prioridad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="209"/>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="215"/>
        <source>Qué ha pasado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="217"/>
        <source>Qué le ha pasado al cliente, con qué producto, desde cuándo, qué pide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="231"/>
        <source>Referencia de la incidencia, para el cliente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="238"/>
        <source>Dé esta referencia al cliente (puede anotarla en su ticket). La central de atención al cliente estudiará la incidencia y responderá: su respuesta aparecerá en la ficha del cliente, aquí o en cualquier tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="245"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="271"/>
        <source>Una reacción alérgica nunca tiene prioridad baja: la central la atiende antes que las demás.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="313"/>
        <source>Cuente qué ha pasado: la central lo necesita para atender al cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="316"/>
        <source>Cuente algo más: lleva {length} caracteres y hacen falta al menos {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="320"/>
        <source>Demasiado larga: lleva {length} caracteres y caben {limit}. Resúmala.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="324"/>
        <source>Hay un carácter que no se puede enviar en la posición {n}: bórrelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="327"/>
        <source>Una reacción alérgica no puede tener prioridad baja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="337"/>
        <source>Elija el tipo de incidencia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="346"/>
        <source>Revise la descripción.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="374"/>
        <source>prioridad {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="379"/>
        <source>ticket {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="381"/>
        <source>con foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_dialog.py" line="383"/>
        <source>Incidencia abierta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="13"/>
        <source>Defecto de producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="14"/>
        <source>Reacción alérgica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="15"/>
        <source>Queja de atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="16"/>
        <source>Solicitud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="17"/>
        <source>Otra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="20"/>
        <source>Baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="21"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="22"/>
        <source>Alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="23"/>
        <source>Urgente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="26"/>
        <source>Abierta, sin asignar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="27"/>
        <source>En curso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="28"/>
        <source>Espera respuesta de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="29"/>
        <source>Espera respuesta del cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="30"/>
        <source>Resuelta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="31"/>
        <source>Cerrada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/__init__.py" line="32"/>
        <source>Rechazada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="49"/>
        <source>Incidencias de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="50"/>
        <source>Buscando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="55"/>
        <source>Referencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="56"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="57"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="58"/>
        <source>Última respuesta de la central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="59"/>
        <source>Actualizada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="74"/>
        <source>Nota para la central sobre esta incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="76"/>
        <source>Enviar nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="82"/>
        <source>Nueva incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="84"/>
        <source>Abrir ficha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="86"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="94"/>
        <source>Incidencias abiertas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="112"/>
        <source>%n incidencia(s) abierta(s).</source>
        <translation>
            <numerusform>Una incidencia abierta.</numerusform>
            <numerusform>%n incidencias abiertas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="114"/>
        <source>%n espera(n) respuesta de la tienda.</source>
        <translation>
            <numerusform>Una espera respuesta de la tienda.</numerusform>
            <numerusform>%n esperan respuesta de la tienda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="116"/>
        <source>No hay incidencias abiertas en esta tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="160"/>
        <source>prioridad {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="162"/>
        <source>ticket {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="163"/>
        <source>abierta el {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="169"/>
        <source>Tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="169"/>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/incident_list.py" line="193"/>
        <source>Nota guardada: se envía a la central con la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Hidratación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="60"/>
        <source>Grasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/level_chart.py" line="88"/>
        <source>Con dos visitas medidas verá aquí la evolución</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="38"/>
        <source>Loyalty Counter — {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="64"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="70"/>
        <source>Acerca de y diagnóstico (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="79"/>
        <source>Gestión de tienda (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="133"/>
        <source>Usuario: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="135"/>
        <source>Sin usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="222"/>
        <source>Cambios sin enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="224"/>
        <source>Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</source>
        <translation>
            <numerusform>Hay %n cambio sin enviar al servidor. Se enviará la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</numerusform>
            <numerusform>Hay %n cambios sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="186"/>
        <source>● En línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="188"/>
        <source>● Sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="147"/>
        <source>dependiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="148"/>
        <source>asesora de belleza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="149"/>
        <source>encargada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="64"/>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="65"/>
        <source>Gestión de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="67"/>
        <source>{store} · tienda {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="72"/>
        <source>Revisar pendientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="73"/>
        <source>Cifras de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="74"/>
        <source>Personal y PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="75"/>
        <source>Importar ventas del TPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="76"/>
        <source>Stock de regalos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="90"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/manager_menu.py" line="119"/>
        <source>Revisar pendientes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDocuments</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="187"/>
        <source>Tarjeta de socio {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="242"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá reimprimir cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="263"/>
        <source>El documento firmado está guardado en la central: se podrá enviar desde aquí cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="271"/>
        <source>No se ha podido traer el documento firmado de la central (¿sin conexión?). Se podrá enviar cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="306"/>
        <source>Preparando el e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="320"/>
        <source>La tarjeta se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="325"/>
        <source>El consentimiento se enviará a {address} cuando este terminal se conecte con la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="331"/>
        <source>La tarjeta se enviará a {address} en unos minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="333"/>
        <source>El consentimiento se enviará a {address} en unos minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="337"/>
        <source>La tarjeta se enviará a {address} en la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="340"/>
        <source>El consentimiento se enviará a {address} en la próxima sincronización.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="234"/>
        <source>El documento firmado está guardado en la central: se podrá reimprimir aquí cuando esta tableta sincronice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/documents.py" line="248"/>
        <source>Consentimiento firmado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="238"/>
        <source>Nuevo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="240"/>
        <source>Nuevo PIN para {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="244"/>
        <source>De {minimum} a {maximum} cifras. No valen las que se adivinan primero: una cifra repetida, una serie seguida o un año.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="261"/>
        <source>PIN nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="263"/>
        <source>Repítalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="265"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="267"/>
        <source>Guardar PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="286"/>
        <source>Los dos PIN no coinciden: escríbalo otra vez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="315"/>
        <source>Un PIN no puede ser una sola cifra repetida, como 1111.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="317"/>
        <source>Un PIN no puede ser una serie seguida, como 1234 o 9876.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="319"/>
        <source>Un PIN de 4 cifras no puede parecer un año, como 1987 o 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="320"/>
        <source>Ese PIN es demasiado fácil de adivinar: elija otro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="322"/>
        <source>Un PIN tiene de {minimum} a {maximum} cifras, solo números.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="52"/>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="53"/>
        <source>Sin conexión con la central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="56"/>
        <source>No se ha podido confirmar con la central el canje de «{gift}» ({points}). Esto es lo que permiten los límites sin conexión de la tienda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="71"/>
        <source>No se puede entregar sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="77"/>
        <source>Motivo del encargado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="85"/>
        <source>Un encargado ({name}) puede entregarlo igualmente: escriba el motivo, que se envía a la central con el canje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="92"/>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="97"/>
        <source>Supera los límites sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="101"/>
        <source>Está dentro de los límites de la tienda: se puede entregar ahora. El canje se confirmará con la central cuando vuelva la conexión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="106"/>
        <source>Se puede entregar sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="111"/>
        <source>No entregar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="115"/>
        <source>Entregar sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="125"/>
        <source>Si no se entrega, la aplicación lo consultará con la central y devolverá los puntos si llegaron a descontarse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="158"/>
        <source>Escriba al menos %n carácter(es) más.</source>
        <translation>
            <numerusform>Escriba al menos %n carácter más.</numerusform>
            <numerusform>Escriba al menos %n caracteres más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/offline_dialog.py" line="160"/>
        <source>Se entregará con este motivo, aprobado por {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="53"/>
        <source>Cobrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Total a cobrar: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="72"/>
        <source>Todo con tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="74"/>
        <source>Efectivo exacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="81"/>
        <source>Confirmar cobro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="84"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="87"/>
        <source>Dar de alta en el club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="91"/>
        <source>Registrar al cliente y darle de alta: los puntos de esta compra serán suyos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="107"/>
        <source>¿Viene por una campaña?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="113"/>
        <source>Tarjeta (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="116"/>
        <source>Efectivo entregado (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="155"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="159"/>
        <source>Dirigida a este cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="199"/>
        <source>La venta no se anotará como respuesta a una campaña.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="202"/>
        <source>puntos ×{m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="204"/>
        <source>+{n} puntos por unidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="206"/>
        <source>Hasta el {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="211"/>
        <source>Sugerida: está dirigida a este cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="232"/>
        <source>Cambio: {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="88"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="98"/>
        <source>Hacer foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="94"/>
        <source>Abriendo la cámara…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_dialog.py" line="101"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="53"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="89"/>
        <source>Sin foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="56"/>
        <source>Hacer foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="58"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="122"/>
        <source>Elegir imagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="60"/>
        <source>Quitar foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="72"/>
        <source>Foto (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="82"/>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="139"/>
        <source>Ese archivo no es una imagen que se pueda enviar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="116"/>
        <source>No se puede usar la cámara. Elija una imagen guardada en su lugar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/incidents/photo_picker.py" line="124"/>
        <source>Imágenes (*.jpg *.jpeg *.png *.webp *.bmp *.heic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="37"/>
        <source>Nombre, marca o código del producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="48"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="63"/>
        <source>Escriba al menos dos letras o escanee el producto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/advisor/product_picker.py" line="84"/>
        <source>Ningún producto a la venta coincide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectingStoreWindow</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="67"/>
        <source>Protegiendo los datos de la tienda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="71"/>
        <source>Esta versión cifra los datos de la tienda la primera vez que se abre. Con muchos clientes puede tardar cerca de un minuto: no apague la tableta ni cierre la aplicación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="66"/>
        <source>Ticket {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="71"/>
        <source>Preparando el ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="77"/>
        <source>Imprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="78"/>
        <source>Guardar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="79"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="110"/>
        <source>Bienvenida al club: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="115"/>
        <source>Tarjeta de socio nº {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="119"/>
        <source>Imprimir tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="121"/>
        <source>Imprimir consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="124"/>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="128"/>
        <source>Enviar por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="126"/>
        <source>Enviar la tarjeta de socio a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="131"/>
        <source>Enviar el consentimiento firmado a su e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="158"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="163"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="169"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="185"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="194"/>
        <source>Guardar ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="165"/>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="167"/>
        <source>Regalos por puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="180"/>
        <source>Saldo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="190"/>
        <source>Hoy no hay regalos para canjear en esta tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="203"/>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="283"/>
        <source>Elija un regalo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="206"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="208"/>
        <source>Canjear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="240"/>
        <source>Tarjeta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="286"/>
        <source>«{gift}» por {points}: le quedarán {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="299"/>
        <source>«{gift}» ({points}) para {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="309"/>
        <source>Consultando con la central…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="325"/>
        <source>Sin conexión con la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="336"/>
        <source>Entregado sin conexión: «{gift}». Saldo: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="338"/>
        <source>Canjeado: «{gift}». Saldo: {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/redeem_dialog.py" line="350"/>
        <source>No se ha entregado el regalo. La aplicación lo consultará con la central y, si llegó a descontar los puntos, los devolverá.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Nuevo cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="102"/>
        <source>Hacerse socio/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="107"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="108"/>
        <source>Apellidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="109"/>
        <source>DNI/NIE (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="110"/>
        <source>Fecha de nacimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="111"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="112"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="113"/>
        <source>Código postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="114"/>
        <source>Idioma preferido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="115"/>
        <source>Género (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="119"/>
        <source>DNI/NIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="120"/>
        <source>Género</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="124"/>
        <source>dd/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="126"/>
        <source>nombre@dominio.es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="143"/>
        <source>Teléfono o e-mail: al menos uno de los dos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="172"/>
        <source>Datos del nuevo cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="176"/>
        <source>El alta en el club se completa al cobrar la compra de esta visita; si no hay compra, no se guarda nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="181"/>
        <source>Compruebe sus datos con el cliente y complete los que falten. Se hace socio/a al cobrar la compra de esta visita; si no hay compra, no cambia nada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="189"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="193"/>
        <source>Continuar: consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="234"/>
        <source>— sin indicar —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="280"/>
        <source>Hacerse socio/a: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="338"/>
        <source>Para continuar, complete o revise: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="402"/>
        <source>Descartar el alta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="403"/>
        <source>Se perderán los datos escritos. ¿Descartar este nuevo cliente?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="405"/>
        <source>Se perderán los cambios en sus datos. ¿Dejar el alta en el club?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="406"/>
        <source>Descartar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/enrolment/registration_dialog.py" line="407"/>
        <source>Seguir con el alta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDetailPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="57"/>
        <source>Elija un caso de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="80"/>
        <source>Sobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="81"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="82"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="83"/>
        <source>Detalle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="95"/>
        <source>Decisión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="114"/>
        <source>Nota para la central (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="117"/>
        <source>Por qué se decide así…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="125"/>
        <source>Respuesta a la central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="127"/>
        <source>Escriba lo que la central ha preguntado…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_detail.py" line="129"/>
        <source>Enviar respuesta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="65"/>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="66"/>
        <source>Pendientes de revisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="69"/>
        <source>Solo la encargada o el encargado de la tienda decide estos casos: puede consultarlos, pero no cambiarlos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="79"/>
        <source>No hay nada pendiente de revisar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="106"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="174"/>
        <source>{name} · saldo de %Ln punto(s)</source>
        <translation>
            <numerusform>{name} · saldo de %Ln punto</numerusform>
            <numerusform>{name} · saldo de %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="164"/>
        <source>Buscando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="177"/>
        <source>tarjeta {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="182"/>
        <source>No está en esta tableta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="201"/>
        <source>«{action}»: {subject}.

La decisión se envía a la central y no se puede deshacer. ¿Seguir?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="205"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="220"/>
        <source>Hecho: «{what}». Se enviará a la central al sincronizar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="254"/>
        <source>Respuesta guardada: se enviará a la central al sincronizar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="267"/>
        <source>Escriba la respuesta antes de enviarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="269"/>
        <source>La respuesta es demasiado larga: acórtela.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_dialog.py" line="271"/>
        <source>La respuesta lleva caracteres que no se pueden enviar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Sobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_table.py" line="37"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="38"/>
        <source>Saldo negativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="39"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="47"/>
        <source>Cambio rechazado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="40"/>
        <source>Posible duplicado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="41"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="49"/>
        <source>Venta a revisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="42"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="97"/>
        <source>Incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="46"/>
        <source>Saldo de puntos en negativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="48"/>
        <source>Posible cliente duplicado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="50"/>
        <source>Incidencia: la central espera respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="57"/>
        <source>Recuperar con compras futuras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="58"/>
        <source>Asumir el descubierto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="59"/>
        <source>Anular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="60"/>
        <source>Corregir y reenviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="61"/>
        <source>Fusionar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="62"/>
        <source>Son personas distintas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="63"/>
        <source>Revisado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="71"/>
        <source>Los puntos de sus próximas compras cubren el saldo; hasta entonces no canjea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="73"/>
        <source>La cadena asume lo que falta: el saldo vuelve a 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="74"/>
        <source>El cambio no se aplicará nunca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="75"/>
        <source>Corrija los datos y se envían de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="76"/>
        <source>Son la misma persona: sus fichas se unen en una.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="77"/>
        <source>Se parecen, pero son dos clientes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="78"/>
        <source>Visto y resuelto en la tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="85"/>
        <source>Venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="86"/>
        <source>Movimiento de puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="87"/>
        <source>Datos de cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="88"/>
        <source>Consentimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="89"/>
        <source>Envío por e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="90"/>
        <source>Tarjeta de socio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="91"/>
        <source>Diagnóstico de piel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="92"/>
        <source>Hábitos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="93"/>
        <source>Canje de regalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="94"/>
        <source>Anulación de canje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="95"/>
        <source>Stock de regalos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="96"/>
        <source>Decisión de revisión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="98"/>
        <source>Nota de incidencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="99"/>
        <source>Respuesta a campaña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="100"/>
        <source>PIN de personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="101"/>
        <source>Venta del TPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="108"/>
        <source>Un dato no es válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="109"/>
        <source>El cambio llegó incompleto o mal formado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="110"/>
        <source>Es de otra tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="111"/>
        <source>Es de otra tableta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="112"/>
        <source>El perfil de quien lo hizo no lo permite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="113"/>
        <source>Dependía de otro cambio que se rechazó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="114"/>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="115"/>
        <source>El cambio llegó dañado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="116"/>
        <source>La hora de la tableta no era válida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="118"/>
        <source>La central ya no admite esta versión de la aplicación: actualícela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="120"/>
        <source>El regalo ya no existe en el catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="121"/>
        <source>La campaña ya no existe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="122"/>
        <source>La central no conoce a esa persona del personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="123"/>
        <source>El PIN no se guardó de forma segura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="124"/>
        <source>El cambio reutilizaba un identificador ya usado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="126"/>
        <source>Sin motivo indicado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="131"/>
        <source>los totales no cuadran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="132"/>
        <source>los pagos no suman el total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="133"/>
        <source>un producto que la central no conoce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="134"/>
        <source>un precio distinto del catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="135"/>
        <source>un descuento mayor del permitido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="136"/>
        <source>puntos distintos de los que da la regla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="137"/>
        <source>hecha con un código de personal desconocido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="138"/>
        <source>hecha con un código de personal dado de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="149"/>
        <source>Ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="166"/>
        <source>Saldo de %Ln punto(s)</source>
        <translation>
            <numerusform>Saldo de %Ln punto</numerusform>
            <numerusform>Saldo de %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="179"/>
        <source>Coinciden: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="187"/>
        <source>La central pregunta: «{question}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="196"/>
        <source>Un canje de {points} puntos, hecho sin conexión, lo dejó en negativo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/review_texts.py" line="201"/>
        <source>Mensaje de la central: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesChart</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="75"/>
        <source>Sin ventas en estas fechas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="92"/>
        <source>Con campaña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="93"/>
        <source>Sin campaña</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/figures_chart.py" line="142"/>
        <source>{day}: {total}, con campaña {campaign}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="72"/>
        <source>Configurar este terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="77"/>
        <source>Registrar este terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="80"/>
        <source>Es la primera vez que se abre la aplicación en este terminal. Escriba la dirección del servidor, el código de la tienda y el código de registro que le ha dado la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="93"/>
        <source>Dirección del servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="94"/>
        <source>Código de tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="95"/>
        <source>Código de registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="106"/>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="108"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="139"/>
        <source>La dirección del servidor empieza por http:// o https://, por ejemplo http://192.168.1.10:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="145"/>
        <source>El código de tienda solo lleva letras y números, como S001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="149"/>
        <source>El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="174"/>
        <source>Registrando el terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="199"/>
        <source>No se puede conectar con el servidor {url}. Compruebe la dirección y que el terminal tenga red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="204"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela antes de registrar el terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="208"/>
        <source>El servidor no responde bien ahora. Inténtelo en unos minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="210"/>
        <source>Este terminal ya está registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="214"/>
        <source>El código de registro no es válido para la tienda {store}. Compruebe los dos códigos o pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="218"/>
        <source>Este código de registro ya se ha usado. Pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="221"/>
        <source>Este código de registro ha caducado. Pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="225"/>
        <source>El servidor no ha aceptado el registro ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="235"/>
        <source>Terminal {device} de {store} registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="240"/>
        <source>Descargando los datos de la tienda: catálogo, personal y clientes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="246"/>
        <source>Primera sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="262"/>
        <source>Deteniendo la descarga; seguirá en segundo plano…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="108"/>
        <source>Firma del cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="110"/>
        <source>Zona para firmar con el dedo, con el lápiz o con el ratón</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/signature_pad.py" line="347"/>
        <source>Firme aquí</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="55"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="56"/>
        <source>Personal y PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="59"/>
        <source>Solo la encargada o el encargado cambia los PIN del personal. Usted puede elegir un PIN nuevo para su propio código.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Código</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Perfil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="68"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="77"/>
        <source>Nuevo PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="78"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="191"/>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="195"/>
        <source>Restablecer PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="79"/>
        <source>Desbloquear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="84"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="112"/>
        <source>Dependiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="113"/>
        <source>Asesora de belleza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="114"/>
        <source>Encargada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="121"/>
        <source>De baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="123"/>
        <source>Bloqueado hasta las {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="127"/>
        <source>Debe cambiar el PIN al entrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="128"/>
        <source>Activo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="181"/>
        <source>PIN nuevo guardado para {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="193"/>
        <source>¿Dar a {name} un PIN temporal? Su PIN actual deja de valer ahora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="196"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="208"/>
        <source>{name} tiene un PIN temporal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="218"/>
        <source>{name} ya puede volver a entrar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="48"/>
        <source>Stock de regalos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Regalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Código</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="51"/>
        <source>En tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="62"/>
        <source>Recibidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="63"/>
        <source>Recuento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="64"/>
        <source>Dañados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="65"/>
        <source>Devueltos a la central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="86"/>
        <source>Nota (opcional): albarán, motivo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="96"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="98"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="109"/>
        <source>Solo un encargado puede registrar el stock de regalos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="115"/>
        <source>¿Qué ha pasado?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="158"/>
        <source>Unidades en la estantería</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="158"/>
        <source>Unidades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/gifts/stock_dialog.py" line="181"/>
        <source>Registrado: ahora hay {n} de «{gift}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreErrorDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="114"/>
        <source>No se han podido actualizar los datos de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="117"/>
        <source>No se pueden abrir los datos de la tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="121"/>
        <source>Cerrar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="131"/>
        <source>Esta versión de la aplicación tiene que actualizar los datos de la tienda y antes guarda una copia de seguridad, pero no se ha podido guardar (¿queda espacio en el disco?). No se ha cambiado nada.

Libere espacio y vuelva a abrir la aplicación. Si sigue igual, llame a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/startup/store_opening.py" line="137"/>
        <source>La actualización de los datos de la tienda ha fallado. No se ha perdido nada: los datos siguen como estaban con la versión anterior, también las ventas que aún no se han sincronizado.

Llame a soporte y dé el nombre de la copia de seguridad: {backup} (en {folder}). No borre la carpeta de datos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="142"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n cambio pendiente de sincronizar</numerusform>
            <numerusform>%n cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="73"/>
        <source>Sincronizar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="137"/>
        <source>Revisar (%n)</source>
        <translation>
            <numerusform>Revisar (%n)</numerusform>
            <numerusform>Revisar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="140"/>
        <source>● Sin servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="145"/>
        <source>Este terminal no está registrado en ningún servidor: no se sincroniza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="165"/>
        <source>Actualice la aplicación antes del {date}: desde ese día no se sincronizará</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="170"/>
        <source>La central dejará de admitir esta versión de la aplicación el {date}. Hasta entonces todo funciona igual; después, las ventas se seguirán enviando, pero esta tableta no recibirá datos nuevos. Avise a soporte para actualizarla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="187"/>
        <source>● Sincronizando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="189"/>
        <source>● La sincronización no avanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="190"/>
        <source>● Terminal dado de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="191"/>
        <source>● Hay que actualizar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="196"/>
        <source>%n cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="199"/>
        <source>(desde {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="201"/>
        <source>Sin cambios pendientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="203"/>
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n cambio rechazado</numerusform>
            <numerusform>%n cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="206"/>
        <source>última sincronización {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="209"/>
        <source>aún sin sincronizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="214"/>
        <source>No se puede contactar con el servidor. Las ventas se guardan aquí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="216"/>
        <source>Siguiente intento: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="222"/>
        <source>El servidor responde, pero hay cambios que no se envían. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="225"/>
        <source>La central ha dado de baja este terminal. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="227"/>
        <source>El servidor no admite esta versión de la aplicación. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="233"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="235"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="236"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="247"/>
        <source>Terminal dado de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="249"/>
        <source>La central ha dado de baja este terminal y ya no se sincroniza con el servidor.

Las ventas se siguen guardando aquí y no se pierde nada. Avise a soporte para volver a registrarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="254"/>
        <source>Hay que actualizar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="256"/>
        <source>El servidor ya no admite esta versión de la aplicación.

Las ventas se siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. Avise a soporte para actualizarla.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPinDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="339"/>
        <source>PIN temporal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="341"/>
        <source>PIN temporal de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="353"/>
        <source>Dígaselo ahora: no se volverá a mostrar. Al entrar con él, tendrá que elegir un PIN nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/staff_dialog.py" line="358"/>
        <source>Ya se lo he dicho</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="67"/>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="68"/>
        <source>Importar ventas del TPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="71"/>
        <source>Elija el archivo que exporta el TPV. Antes de importar verá qué tickets entran, a qué socio van sus puntos y qué filas se rechazan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="81"/>
        <source>Importan las ventas del TPV la encargada y el personal de caja: puede ver el archivo, pero no importarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="88"/>
        <source>Elegir archivo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="90"/>
        <source>Ningún archivo elegido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="101"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="102"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="103"/>
        <source>Caja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="104"/>
        <source>Líneas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="105"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="106"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="107"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="108"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="112"/>
        <source>Línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="112"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="114"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="115"/>
        <source>Filas rechazadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="119"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="121"/>
        <source>Importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="159"/>
        <source>{name} (por tarjeta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="160"/>
        <source>{name} (por teléfono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="161"/>
        <source>Sin socio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="162"/>
        <source>Sin socio: la tarjeta no es de nadie aquí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="163"/>
        <source>Sin socio: el teléfono no es de nadie aquí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="164"/>
        <source>Sin socio: el teléfono es de varios clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="171"/>
        <source>La fecha u hora no es válida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="172"/>
        <source>El producto no está en el catálogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="173"/>
        <source>La cantidad no es válida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="174"/>
        <source>El precio no es válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="176"/>
        <source>El importe de la línea no cuadra con el precio, la cantidad y el descuento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="178"/>
        <source>El total del ticket no cuadra con sus líneas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="179"/>
        <source>La línea está repetida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="180"/>
        <source>Falta un dato obligatorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="181"/>
        <source>La forma de pago no se reconoce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="182"/>
        <source>El número de tarjeta no es válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="183"/>
        <source>El teléfono no es válido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="185"/>
        <source>Otra línea del mismo ticket tiene un error: el ticket entero queda fuera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="187"/>
        <source>La fila no se puede leer o le faltan columnas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="188"/>
        <source>El archivo está vacío</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="189"/>
        <source>Falta una columna en la cabecera del archivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="191"/>
        <source>El archivo no está guardado en la codificación que usa el TPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="197"/>
        <source>(vea la línea {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="204"/>
        <source>Archivo del TPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="206"/>
        <source>Exportación del TPV (*.csv *.txt);;Todos los archivos (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="218"/>
        <source>Leyendo el archivo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="242"/>
        <source>{rows} filas leídas · {tickets} tickets: {new} por importar, {old} ya importados · De los nuevos, {members} con socio y {nobody} sin socio, {points} puntos · {rejected} filas rechazadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="261"/>
        <source>Este mismo archivo ya se importó el {date} a las {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="269"/>
        <source>Tickets ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="273"/>
        <source>Filas rechazadas ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="291"/>
        <source>Ya importado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="291"/>
        <source>Por importar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="345"/>
        <source>No se ha importado nada nuevo: los %Ln ticket(s) de este archivo ya estaban importados.</source>
        <translation>
            <numerusform>No se ha importado nada nuevo: el ticket de este archivo ya estaba importado.</numerusform>
            <numerusform>No se ha importado nada nuevo: los %Ln tickets de este archivo ya estaban importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="352"/>
        <source>Importado(s) %Ln ticket(s) ({members} con socio, {nobody} sin socio) con {points}. Se enviarán a la central al sincronizar.</source>
        <translation>
            <numerusform>Importado %Ln ticket ({members} con socio, {nobody} sin socio) con {points}. Se enviará a la central al sincronizar.</numerusform>
            <numerusform>Importados %Ln tickets ({members} con socio, {nobody} sin socio) con {points}. Se enviarán a la central al sincronizar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="359"/>
        <source>%Ln punto(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="362"/>
        <source>%Ln ya estaba(n) importado(s).</source>
        <translation>
            <numerusform>%Ln ya estaba importado.</numerusform>
            <numerusform>%Ln ya estaban importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="365"/>
        <source>%Ln fila(s) rechazada(s): no se ha(n) importado.</source>
        <translation>
            <numerusform>%Ln fila rechazada: no se ha importado.</numerusform>
            <numerusform>%Ln filas rechazadas: no se han importado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="350"/>
        <source>No se ha importado nada: el archivo no tiene tickets válidos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/manager/till_dialog.py" line="371"/>
        <source>No se puede leer el archivo: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
